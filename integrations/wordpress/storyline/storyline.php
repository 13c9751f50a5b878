<?php
/**
 * Plugin Name:       Storyline
 * Plugin URI:        https://github.com/storyline-kit/storyline
 * Description:       Scroll-driven timelines from typed stories: a [storyline] shortcode, a "Storyline timeline" block, JSON and CSV stories in the Media Library, and oEmbed for a story host.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       storyline
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

define( 'STORYLINE_VERSION', '0.1.0' );
define( 'STORYLINE_FILE', __FILE__ );
define( 'STORYLINE_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/story-check.php';
require_once __DIR__ . '/includes/media.php';
require_once __DIR__ . '/includes/oembed.php';
require_once __DIR__ . '/includes/preload.php';

add_action( 'init', 'storyline_register_shortcodes' );
add_action( 'init', 'storyline_register_block' );
add_action( 'init', 'storyline_register_oembed_provider' );
add_action( 'admin_init', 'storyline_register_settings' );
storyline_media_hooks();
storyline_oembed_hooks();
