<?php
/**
 * `[storyline src="…" locale filters sync-hash start-at actors theme offset]` → `<story-timeline>`;
 * `[storyline-scrolly src="…"]steps…[/storyline-scrolly]` → `<story-scrolly>`.
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/** The shortcodes, each with its handler. */
const STORYLINE_SHORTCODES = array(
	'storyline'         => 'storyline_timeline_shortcode',
	'storyline-scrolly' => 'storyline_scrolly_shortcode',
);

/** Registers both shortcodes. */
function storyline_register_shortcodes() {
	foreach ( STORYLINE_SHORTCODES as $tag => $handler ) {
		add_shortcode( $tag, $handler );
	}
	add_filter( 'wp_kses_allowed_html', 'storyline_allow_steps', 10, 2 );
}

/**
 * Lets every author write the scrolly's steps: `<story-step event="…">` holds the article's text
 * and names an event, nothing more (no attribute of it is a URL or a script).
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function storyline_allow_steps( $tags, $context ) {
	if ( 'post' === $context ) {
		$tags['story-step'] = array(
			'event' => true,
			'class' => true,
			'id'    => true,
		);
	}
	return $tags;
}

/**
 * `[storyline]`.
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function storyline_timeline_shortcode( $atts ) {
	return storyline_render( is_array( $atts ) ? $atts : array() );
}

/**
 * `[storyline-scrolly]`: its content is the article's steps (`<story-step event="…">`), run
 * through the post's own filters like any other content.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content The steps.
 * @return string
 */
function storyline_scrolly_shortcode( $atts, $content = null ) {
	$steps = null === $content ? '' : do_shortcode( $content );
	return storyline_render( is_array( $atts ) ? $atts : array(), 'story-scrolly', $steps );
}
