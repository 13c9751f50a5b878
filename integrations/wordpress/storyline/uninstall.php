<?php
/**
 * Uninstall: deletes the plugin's options (stories uploaded to the Media Library are the site's
 * files and stay, as do posts that name them).
 *
 * @package Storyline
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/options.php';

foreach ( STORYLINE_OPTIONS as $storyline_option ) {
	delete_option( $storyline_option );
	delete_site_option( $storyline_option );
}
delete_post_meta_by_key( '_storyline_story' );
