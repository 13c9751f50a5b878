<?php
/**
 * One render for the shortcode and the block: attributes in, a `<story-timeline>` (or
 * `<story-scrolly>`) out, rendered in the page (no iframe), with the kit's bundle enqueued.
 *
 * Rule: only the attributes listed in storyline_timeline_attributes() reach the element; each
 * value is checked for its kind and escaped; a `src` that is not http(s) or relative is refused
 * and nothing is rendered but a note that only editors see.
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/**
 * The timeline's attributes the plugin passes on, with the kind of value each takes.
 *
 * @return array<string, string> attribute => 'flag' | 'locale' | 'theme' | 'offset' | 'format' | 'id' | 'ids' | 'level'
 */
function storyline_timeline_attributes() {
	return array(
		'locale'        => 'locale',
		'filters'       => 'flag',
		'sync-hash'     => 'flag',
		'show-header'   => 'flag',
		'start-at'      => 'id',
		'actors'        => 'ids',
		'theme'         => 'theme',
		'offset'        => 'offset',
		'format'        => 'format',
		'heading-level' => 'level',
	);
}

/**
 * Whether a story address may be used: http(s) or relative, as the browser's URL parser sees it
 * (tabs and newlines inside are dropped and leading spaces and controls trimmed, as the parser
 * does, so `java\tscript:` and ` javascript:` are refused too).
 *
 * @param string $src The address as written.
 * @return string|null The address, trimmed, or null when refused.
 */
function storyline_safe_src( $src ) {
	$src = preg_replace( '/[\t\n\r]/', '', (string) $src );
	$src = trim( $src, " \x00..\x1F" );
	if ( '' === $src ) {
		return null;
	}
	if ( preg_match( '#^https?://[^/?\#]#i', $src ) ) {
		return $src;
	}
	// Any other scheme is refused; a path, "//host/path", "?query" or "#hash" is relative.
	if ( preg_match( '/^[a-z][a-z0-9+.\-]*:/i', $src ) ) {
		return null;
	}
	return $src;
}

/**
 * A shortcode flag: `[storyline filters]`, `filters="1"`, `filters="true"`, `filters="yes"` turn it on.
 *
 * @param mixed $value The value given.
 * @return bool
 */
function storyline_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * Checks one attribute's value for its kind.
 *
 * @param string $kind  The kind (see storyline_timeline_attributes()).
 * @param mixed  $value The value given.
 * @return string|bool|null The value to write (true for a flag that is on), or null to leave it out.
 */
function storyline_attribute_value( $kind, $value ) {
	$value = is_bool( $value ) ? $value : trim( (string) $value );
	switch ( $kind ) {
		case 'flag':
			return storyline_is_on( $value ) ? true : null;
		case 'locale':
			return preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i', $value ) ? $value : null;
		case 'theme':
			return in_array( $value, array( 'auto', 'light', 'dark' ), true ) ? $value : null;
		case 'format':
			return in_array( $value, array( 'json', 'csv' ), true ) ? $value : null;
		case 'offset':
			return preg_match( '/^(0(\.\d+)?|1(\.0+)?|\.\d+|\d{1,4}px)$/', $value ) ? $value : null;
		case 'level':
			return preg_match( '/^[1-6]$/', $value ) ? $value : null;
		case 'id':
			return preg_match( '/^[\p{L}\p{N}_-]{1,200}$/u', $value ) ? $value : null;
		case 'ids':
			return preg_match( '/^[\p{L}\p{N}_ -]{1,1000}$/u', $value ) ? preg_replace( '/\s+/', ' ', $value ) : null;
	}
	return null;
}

/**
 * The attributes to write, from a shortcode's or block's attributes; unknown ones are dropped.
 *
 * @param array $atts Attributes by name (a shortcode's bare flags come as numbered values).
 * @return array<string, string|true>
 */
function storyline_element_attributes( array $atts ) {
	$known = storyline_timeline_attributes();
	$out   = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word, `[storyline filters]`: a flag that is on.
			$name  = strtolower( (string) $value );
			$value = true;
		}
		$name = strtolower( str_replace( '_', '-', (string) $name ) );
		if ( ! isset( $known[ $name ] ) ) {
			continue;
		}
		$checked = storyline_attribute_value( $known[ $name ], $value );
		if ( null !== $checked ) {
			$out[ $name ] = $checked;
		}
	}
	return $out;
}

/**
 * Writes attributes, each value escaped.
 *
 * @param array<string, string|true> $attributes Attributes by name.
 * @return string
 */
function storyline_attribute_html( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . esc_attr( $name ) : sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	return $html;
}

/**
 * The note shown in place of a timeline whose story address was refused: to editors only.
 *
 * @param string $src The address as written.
 * @return string
 */
function storyline_refused_note( $src ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return sprintf(
		'<p class="storyline-note" role="note"><strong>%s</strong> %s</p>',
		esc_html__( 'Storyline (only editors see this):', 'storyline' ),
		sprintf(
			/* translators: %s: the refused story address. */
			esc_html__( 'the story address “%s” was refused. Use an http(s) address, a relative one, or a story from the Media Library.', 'storyline' ),
			esc_html( '' === trim( (string) $src ) ? __( '(none)', 'storyline' ) : (string) $src )
		)
	);
}

/**
 * Renders a timeline or a scrolly; shared by the shortcodes and the block.
 *
 * @param array  $atts    Attributes (src and the timeline's; anything else is ignored).
 * @param string $tag     'story-timeline' or 'story-scrolly'.
 * @param string $content Already rendered inner HTML (the scrolly's steps), or ''.
 * @param string $wrapper Attributes for a wrapping <div> (the block's), or '' for none.
 * @return string
 */
function storyline_render( array $atts, $tag = 'story-timeline', $content = '', $wrapper = '' ) {
	$raw_src = isset( $atts['src'] ) ? (string) $atts['src'] : '';
	$src     = storyline_safe_src( $raw_src );
	if ( null === $src ) {
		return storyline_refused_note( $raw_src );
	}
	unset( $atts['src'] );
	$url = preg_match( '#^https?://#i', $src ) ? esc_url( $src, array( 'http', 'https' ) ) : esc_attr( $src );
	if ( '' === $url ) {
		return storyline_refused_note( $raw_src );
	}
	storyline_enqueue_bundle();
	$html = sprintf( '<%1$s src="%2$s"%3$s>%4$s</%1$s>', $tag, $url, storyline_attribute_html( storyline_element_attributes( $atts ) ), $content );
	return '' === $wrapper ? $html : sprintf( '<div %s>%s</div>', $wrapper, $html );
}

/**
 * Registers the kit's bundle, shipped in the plugin's assets/ (no CDN), as a module, and its
 * stylesheet: the rules that give each element its size before the bundle has run, so that the
 * article does not move when it does.
 */
function storyline_register_bundle() {
	// No version query: the bundle's chunks import it by its plain URL, and two URLs would be two modules.
	wp_register_script( 'storyline', plugins_url( 'assets/storyline.js', STORYLINE_FILE ), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	wp_register_style( 'storyline', plugins_url( 'assets/storyline.css', STORYLINE_FILE ), array(), STORYLINE_VERSION );
}
add_action( 'init', 'storyline_register_bundle' );

/**
 * Enqueues the bundle and the stylesheet; WordPress prints each once however many timelines the
 * page has. Enqueued while the content renders, the stylesheet comes in the footer: too late to
 * hold the place. `storyline_enqueue_style_early` puts it in the head of a post that has one.
 */
function storyline_enqueue_bundle() {
	if ( ! wp_script_is( 'storyline', 'registered' ) ) {
		storyline_register_bundle();
	}
	wp_enqueue_script( 'storyline' );
	wp_enqueue_style( 'storyline' );
}

/** A post or page whose content has a timeline (shortcode or block) gets the stylesheet in its head. */
function storyline_enqueue_style_early() {
	$post = get_post();
	if ( ! is_singular() || ! $post ) {
		return;
	}
	$content = (string) $post->post_content;
	$has     = has_block( STORYLINE_BLOCK, $post );
	foreach ( array_keys( STORYLINE_SHORTCODES ) as $tag ) {
		$has = $has || has_shortcode( $content, $tag );
	}
	if ( $has ) {
		wp_enqueue_style( 'storyline' );
	}
}
add_action( 'wp_enqueue_scripts', 'storyline_enqueue_style_early' );

/**
 * Loads the bundle as a module (WordPress 6.1 has no script modules API).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function storyline_module_tag( $tag, $handle ) {
	if ( 'storyline' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?:\s+type=([\'"])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'storyline_module_tag', 10, 2 );
