<?php
/**
 * Stories in the Media Library: JSON and CSV uploads for users who may upload files, checked on
 * upload (see story-check.php); a story that fails is refused with a notice listing
 * `file: path: message`, so it is never offered as a story. A story's edit screen runs the kit's
 * own validator, in the browser, on the file.
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/** The MIME types of stories. */
const STORYLINE_STORY_TYPES = array( 'application/json', 'text/csv' );

/** Hooks the Media Library. */
function storyline_media_hooks() {
	add_filter( 'upload_mimes', 'storyline_upload_mimes' );
	add_filter( 'wp_check_filetype_and_ext', 'storyline_check_json_type', 10, 4 );
	add_filter( 'wp_handle_upload_prefilter', 'storyline_check_upload' );
	add_action( 'add_attachment', 'storyline_remember_story' );
	add_action( 'admin_notices', 'storyline_upload_notice' );
	add_action( 'add_meta_boxes_attachment', 'storyline_story_meta_box' );
}

/**
 * Allows `.json` uploads to users who may upload files (`.csv` is allowed by WordPress).
 *
 * @param array $mimes Extensions => MIME types.
 * @return array
 */
function storyline_upload_mimes( $mimes ) {
	if ( current_user_can( 'upload_files' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/**
 * WordPress compares a file's sniffed type with its extension's; a JSON file sniffs as
 * `application/json` or `text/plain`, both fine for a `.json` story.
 *
 * @param array  $data      ext, type, proper_filename.
 * @param string $file      Where the file is.
 * @param string $filename  Its name.
 * @param array  $mimes     Allowed types.
 * @return array
 */
function storyline_check_json_type( $data, $file, $filename, $mimes ) {
	if ( ! empty( $data['type'] ) || ! current_user_can( 'upload_files' ) || ! preg_match( '/\.json$/i', (string) $filename ) ) {
		return $data;
	}
	if ( is_array( $mimes ) && ! isset( $mimes['json'] ) ) {
		return $data;
	}
	$sniffed = function_exists( 'finfo_open' ) ? storyline_sniff( $file ) : 'application/json';
	if ( in_array( $sniffed, array( 'application/json', 'text/plain' ), true ) ) {
		$data['ext']  = 'json';
		$data['type'] = 'application/json';
	}
	return $data;
}

/**
 * The file's type as fileinfo sees it.
 *
 * @param string $file Where the file is.
 * @return string
 */
function storyline_sniff( $file ) {
	$finfo = finfo_open( FILEINFO_MIME_TYPE );
	$type  = $finfo ? finfo_file( $finfo, $file ) : false;
	if ( $finfo ) {
		finfo_close( $finfo );
	}
	return is_string( $type ) ? $type : '';
}

/**
 * Checks a JSON or CSV upload before WordPress keeps it; refuses it with the problems.
 *
 * @param array $file The upload ($_FILES entry).
 * @return array
 */
function storyline_check_upload( $file ) {
	if ( ! empty( $file['error'] ) || empty( $file['tmp_name'] ) || empty( $file['name'] ) ) {
		return $file;
	}
	$name     = sanitize_file_name( wp_basename( (string) $file['name'] ) );
	$problems = storyline_check_file( (string) $file['tmp_name'], $name );
	if ( empty( $problems ) ) {
		return $file;
	}
	$lines = storyline_problem_lines( $name, $problems );
	set_transient( 'storyline_upload_problems_' . get_current_user_id(), $lines, 10 * MINUTE_IN_SECONDS );
	$file['error'] = sprintf(
		/* translators: 1: the file's name, 2: its problems, "file: path: message" each. */
		__( '%1$s is not a Storyline story, so it was not uploaded: %2$s', 'storyline' ),
		$name,
		implode( '; ', $lines )
	);
	return $file;
}

/**
 * Marks a JSON or CSV attachment that passed the check as a story.
 *
 * @param int $attachment_id The new attachment.
 */
function storyline_remember_story( $attachment_id ) {
	if ( in_array( get_post_mime_type( $attachment_id ), STORYLINE_STORY_TYPES, true ) ) {
		$file     = get_attached_file( $attachment_id );
		$problems = $file ? storyline_check_file( $file, wp_basename( $file ) ) : array( 'missing' );
		update_post_meta( $attachment_id, '_storyline_story', empty( $problems ) ? 1 : 0 );
	}
}

/**
 * Whether an attachment is a story the plugin offers: JSON or CSV that passed the check (files
 * uploaded before the plugin was active are checked on first use).
 *
 * @param int $attachment_id The attachment.
 * @return bool
 */
function storyline_is_story_attachment( $attachment_id ) {
	if ( 'attachment' !== get_post_type( $attachment_id ) || ! in_array( get_post_mime_type( $attachment_id ), STORYLINE_STORY_TYPES, true ) ) {
		return false;
	}
	if ( '' === get_post_meta( $attachment_id, '_storyline_story', true ) ) {
		storyline_remember_story( $attachment_id );
	}
	return '1' === (string) get_post_meta( $attachment_id, '_storyline_story', true );
}

/** The notice after a refused upload: one `file: path: message` line each. */
function storyline_upload_notice() {
	$key   = 'storyline_upload_problems_' . get_current_user_id();
	$lines = get_transient( $key );
	if ( ! is_array( $lines ) || ! current_user_can( 'upload_files' ) ) {
		return;
	}
	delete_transient( $key );
	echo '<div class="notice notice-error storyline-upload-notice"><p><strong>' . esc_html__( 'Storyline: this file is not a story, so it was not uploaded.', 'storyline' ) . '</strong></p><ul>';
	foreach ( $lines as $line ) {
		echo '<li><code>' . esc_html( (string) $line ) . '</code></li>';
	}
	echo '</ul></div>';
}

/**
 * On a story's edit screen: the kit's own validator and a preview.
 *
 * @param WP_Post $post The attachment.
 */
function storyline_story_meta_box( $post ) {
	if ( in_array( get_post_mime_type( $post ), STORYLINE_STORY_TYPES, true ) ) {
		add_meta_box( 'storyline-story', __( 'Storyline story', 'storyline' ), 'storyline_render_story_meta_box', 'attachment', 'normal' );
	}
}

/**
 * The meta box: every problem Storyline's validator (the bundled kit) finds, then the timeline.
 *
 * @param WP_Post $post The attachment.
 */
function storyline_render_story_meta_box( $post ) {
	$url = (string) wp_get_attachment_url( $post->ID );
	wp_enqueue_script( 'storyline-story-check', plugins_url( 'admin/story-check.js', STORYLINE_FILE ), array(), STORYLINE_VERSION, true );
	echo '<p>' . esc_html__( 'Checked by Storyline’s validator (the same as in the page). Problems, as file: path: message:', 'storyline' ) . '</p>';
	printf( '<ul class="storyline-problems" data-file="%s"><li>%s</li></ul>', esc_attr( wp_basename( $url ) ), esc_html__( 'Checking…', 'storyline' ) );
	echo storyline_render( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in storyline_render().
		array(
			'src'         => $url,
			'show-header' => true,
			'format'      => 'text/csv' === get_post_mime_type( $post ) ? 'csv' : 'json',
		)
	);
}
