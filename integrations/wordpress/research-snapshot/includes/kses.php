<?php
/**
 * Opt-in raw markup: with the setting on, <research-snapshot> and its
 * attributes survive KSES for users without unfiltered_html (Authors,
 * Contributors, everyone on a Multisite network but the super admin).
 * <script> is never allowed through.
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'research_snapshot_allowed_html', 10, 2 );

/**
 * @param array        $allowed Allowed tags and attributes.
 * @param string|array $context The KSES context.
 */
function research_snapshot_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! research_snapshot_settings()['raw_html'] ) {
		return $allowed;
	}
	$attributes = array_fill_keys( array_keys( research_snapshot_attribute_defaults() ), true );
	$attributes['style'] = true; // --research-snapshot-cards; KSES's safecss_filter_attr still applies.
	$attributes['lang']  = true;
	$allowed['research-snapshot'] = $attributes;
	unset( $allowed['script'] );
	return $allowed;
}

add_filter( 'safe_style_css', 'research_snapshot_safe_style' );

/** Lets --research-snapshot-cards through KSES's style filter. */
function research_snapshot_safe_style( array $properties ): array {
	$properties[] = '--research-snapshot-cards';
	return $properties;
}
