<?php
/**
 * oEmbed for the configured story host: a story's address on that host (`<host>events/<name>.json`),
 * pasted on its own line, embeds for every author role through the kit's iframe route. The host
 * publishes what `npm run build` writes (`dist/oembed/<name>.json`, the iframe of
 * `demo/embed.html?src=…`), so the provider needs no server code: each address is asked of its
 * own oEmbed file.
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/** Hooks WordPress's oEmbed. */
function storyline_oembed_hooks() {
	add_filter( 'oembed_fetch_url', 'storyline_oembed_fetch_url', 10, 2 );
	add_filter( 'http_request_host_is_external', 'storyline_story_host_is_allowed', 10, 3 );
	add_filter( 'http_allowed_safe_ports', 'storyline_story_host_port', 10, 3 );
}

/**
 * The addresses that embed: stories under the host's events/.
 *
 * @return string A wildcard format for wp_oembed_add_provider(), or '' when no host is set.
 */
function storyline_oembed_format() {
	$host = storyline_story_host();
	return '' === $host ? '' : $host . 'events/*';
}

/** Registers the story host as a trusted oEmbed provider. */
function storyline_register_oembed_provider() {
	$format = storyline_oembed_format();
	if ( '' !== $format ) {
		wp_oembed_add_provider( $format, storyline_story_host() . 'dist/oembed/', false );
	}
}

/**
 * Asks a story's own oEmbed file: `<host>events/<name>.json` → `<host>dist/oembed/<name>.json`.
 *
 * @param string $provider The request WordPress built (endpoint + url, maxwidth…).
 * @param string $url      The pasted address.
 * @return string
 */
function storyline_oembed_fetch_url( $provider, $url ) {
	$host = storyline_story_host();
	if ( '' === $host || 0 !== strpos( $provider, $host . 'dist/oembed/' ) ) {
		return $provider;
	}
	$path = (string) wp_parse_url( $url, PHP_URL_PATH );
	$name = preg_replace( '/\.(json|csv)$/i', '', wp_basename( $path ) );
	if ( '' === $name || ! preg_match( '/^[\w.-]+$/', $name ) ) {
		return $provider;
	}
	return $host . 'dist/oembed/' . rawurlencode( $name ) . '.json';
}

/**
 * True when a URL is on the configured story host (scheme, host and port).
 *
 * @param string $url Any URL.
 * @return bool
 */
function storyline_is_on_story_host( $url ) {
	$host = storyline_story_host();
	if ( '' === $host ) {
		return false;
	}
	$a = wp_parse_url( $host );
	$b = wp_parse_url( $url );
	foreach ( array( 'scheme', 'host', 'port' ) as $part ) {
		if ( ( isset( $a[ $part ] ) ? strtolower( (string) $a[ $part ] ) : '' ) !== ( isset( $b[ $part ] ) ? strtolower( (string) $b[ $part ] ) : '' ) ) {
			return false;
		}
	}
	return true;
}

/**
 * WordPress fetches oEmbed with wp_safe_remote_get(), which refuses private addresses; the story
 * host an administrator configured is allowed (a newsroom's may well be on its own network).
 *
 * @param bool   $external Whether WordPress already allows the host.
 * @param string $host     The host asked for.
 * @param string $url      The whole URL.
 * @return bool
 */
function storyline_story_host_is_allowed( $external, $host, $url ) {
	return $external || storyline_is_on_story_host( $url );
}

/**
 * The same for the story host's port (wp_safe_remote_get() allows 80, 443 and 8080).
 *
 * @param int[]  $ports Allowed ports.
 * @param string $host  The host asked for.
 * @param string $url   The whole URL.
 * @return int[]
 */
function storyline_story_host_port( $ports, $host, $url ) {
	$port = wp_parse_url( $url, PHP_URL_PORT );
	if ( $port && storyline_is_on_story_host( $url ) ) {
		$ports[] = (int) $port;
	}
	return $ports;
}
