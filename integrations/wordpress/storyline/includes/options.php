<?php
/**
 * The plugin's one option: the story host whose addresses embed by oEmbed (Settings → Media).
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/** Every option the plugin writes; uninstall.php deletes each of them. */
const STORYLINE_OPTIONS = array( 'storyline_story_host' );

/**
 * The story host, with a trailing slash, or '' when none is set (oEmbed is then off).
 *
 * @return string
 */
function storyline_story_host() {
	$host = (string) get_option( 'storyline_story_host', '' );
	return '' === $host ? '' : trailingslashit( $host );
}

/**
 * Keeps only an http(s) URL; anything else empties the setting.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function storyline_sanitize_story_host( $value ) {
	$url = esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
	return '' === $url ? '' : trailingslashit( $url );
}

/** Adds "Storyline story host" to Settings → Media. */
function storyline_register_settings() {
	register_setting(
		'media',
		'storyline_story_host',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'storyline_sanitize_story_host',
			'default'           => '',
		)
	);
	add_settings_field(
		'storyline_story_host',
		__( 'Storyline story host', 'storyline' ),
		'storyline_render_story_host_field',
		'media',
		'default',
		array( 'label_for' => 'storyline_story_host' )
	);
}

/** The settings field. */
function storyline_render_story_host_field() {
	printf(
		'<input type="url" class="regular-text code" id="storyline_story_host" name="storyline_story_host" value="%s" placeholder="https://stories.example.org/" />',
		esc_attr( storyline_story_host() )
	);
	echo '<p class="description">' . esc_html__( 'Where your stories are published with the Storyline kit (its events/, demo/embed.html and dist/oembed/). A story address on this host pasted into a post is embedded.', 'storyline' ) . '</p>';
}
