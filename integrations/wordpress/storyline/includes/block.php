<?php
/**
 * The "Storyline timeline" block: block.json, rendered on the server by storyline_render().
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/** The block's name, as its block.json gives it. */
const STORYLINE_BLOCK = 'storyline/timeline';

/** Registers the block and loads the bundle in the editor, for its live preview. */
function storyline_register_block() {
	register_block_type( STORYLINE_DIR . '/blocks/timeline', array( 'render_callback' => 'storyline_render_block' ) );
}

add_action(
	'enqueue_block_editor_assets',
	static function () {
		storyline_enqueue_bundle();
	}
);

/**
 * The block's render: its attributes mapped to the shortcode's.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function storyline_render_block( $attributes ) {
	$media_id = isset( $attributes['mediaId'] ) ? absint( $attributes['mediaId'] ) : 0;
	$src      = storyline_block_src( $attributes );
	$atts     = array(
		'src'         => $src,
		'locale'      => isset( $attributes['locale'] ) ? $attributes['locale'] : '',
		'filters'     => ! empty( $attributes['filters'] ),
		'show-header' => ! empty( $attributes['showHeader'] ),
		'theme'       => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
	);
	if ( $media_id && preg_match( '/\.csv$/i', $src ) ) {
		$atts['format'] = 'csv';
	}
	return storyline_render( $atts, 'story-timeline', '', get_block_wrapper_attributes() );
}

/**
 * The story address of a block's attributes: its Media Library story, else its `src`.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function storyline_block_src( array $attributes ) {
	$media_id = isset( $attributes['mediaId'] ) ? absint( $attributes['mediaId'] ) : 0;
	if ( $media_id ) {
		return storyline_is_story_attachment( $media_id ) ? (string) wp_get_attachment_url( $media_id ) : '';
	}
	return isset( $attributes['src'] ) ? (string) $attributes['src'] : '';
}
