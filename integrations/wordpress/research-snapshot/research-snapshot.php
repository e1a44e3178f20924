<?php
/**
 * Plugin Name:       Research Snapshot
 * Description:       The <research-snapshot> panel in posts: a shortcode and a block that Authors and Contributors can use, with the built files served from the site itself.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * Text Domain:       research-snapshot
 */

defined( 'ABSPATH' ) || exit;

define( 'RESEARCH_SNAPSHOT_VERSION', '0.1.0' );
define( 'RESEARCH_SNAPSHOT_FILE', __FILE__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';

add_action( 'init', 'research_snapshot_init' );

/** The shortcode and the server-rendered block. */
function research_snapshot_init(): void {
	add_shortcode( 'research_snapshot', 'research_snapshot_shortcode' );
	register_block_type(
		__DIR__ . '/blocks/panel',
		array( 'render_callback' => 'research_snapshot_block' )
	);
}

/**
 * [research_snapshot tickers="MSFT,AMZN" …]: the element's attributes, escaped.
 *
 * @param array|string $atts Shortcode attributes.
 */
function research_snapshot_shortcode( $atts ): string {
	$atts = shortcode_atts( research_snapshot_attribute_defaults(), is_array( $atts ) ? $atts : array(), 'research_snapshot' );
	return research_snapshot_render( $atts );
}

/**
 * The block, rendered on the server from its attributes (so it works for every role and in feeds).
 *
 * @param array $attributes Block attributes.
 */
function research_snapshot_block( array $attributes ): string {
	$atts = array();
	foreach ( research_snapshot_attribute_defaults() as $name => $default ) {
		$key           = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
		$atts[ $name ] = isset( $attributes[ $key ] ) ? (string) $attributes[ $key ] : $default;
	}
	return research_snapshot_render( $atts );
}
