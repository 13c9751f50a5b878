<?php
/**
 * The stories a post's timelines load, preloaded from its head: each story downloads beside the
 * kit's bundle instead of after it has run, a round trip sooner.
 *
 * Rule: a story is preloaded only at an address the timeline itself would load (the same check as
 * storyline_render()), absolute or from the site's root; `crossorigin` makes the preload the one
 * the element's own request takes.
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/**
 * The story addresses of the Storyline blocks among these, inner blocks included.
 *
 * @param array $blocks Parsed blocks.
 * @return string[]
 */
function storyline_block_sources( array $blocks ) {
	$sources = array();
	foreach ( $blocks as $block ) {
		if ( STORYLINE_BLOCK === $block['blockName'] ) {
			$sources[] = storyline_block_src( (array) $block['attrs'] );
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$sources = array_merge( $sources, storyline_block_sources( $block['innerBlocks'] ) );
		}
	}
	return $sources;
}

/**
 * The addresses of the stories a post's shortcodes and blocks load, each once; a relative address
 * not from the site's root is left out (the page's address would decide where it points).
 *
 * @param WP_Post $post The post.
 * @return string[]
 */
function storyline_post_stories( $post ) {
	$content = (string) $post->post_content;
	// Only a post with the block is parsed into blocks (a search of its text first, as has_block does).
	$sources = has_block( STORYLINE_BLOCK, $post ) ? storyline_block_sources( parse_blocks( $content ) ) : array();
	$pattern = get_shortcode_regex( array_keys( STORYLINE_SHORTCODES ) );
	if ( preg_match_all( "/$pattern/", $content, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			// `[[storyline …]]` is written out as text, not rendered.
			if ( '[' === $match[1] && ']' === $match[6] ) {
				continue;
			}
			$atts      = shortcode_parse_atts( $match[3] );
			$sources[] = is_array( $atts ) && isset( $atts['src'] ) ? (string) $atts['src'] : '';
		}
	}
	$stories = array();
	foreach ( $sources as $source ) {
		$src = storyline_safe_src( $source );
		if ( null !== $src && preg_match( '#^(https?:)?/#i', $src ) ) {
			$stories[] = $src;
		}
	}
	return array_values( array_unique( $stories ) );
}

/**
 * Adds a post's stories to the resources WordPress preloads in the head (it escapes each address).
 *
 * @param array $resources The resources to preload.
 * @return array
 */
function storyline_preload_stories( $resources ) {
	$post = get_post();
	if ( ! is_singular() || ! $post || ! is_array( $resources ) ) {
		return $resources;
	}
	foreach ( storyline_post_stories( $post ) as $story ) {
		$resources[] = array(
			'href'        => $story,
			'as'          => 'fetch',
			'crossorigin' => 'anonymous',
		);
	}
	return $resources;
}
add_filter( 'wp_preload_resources', 'storyline_preload_stories' );
