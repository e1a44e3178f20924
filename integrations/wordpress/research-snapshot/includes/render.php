<?php
/**
 * The panel's markup, shared by the shortcode and the block. Every attribute
 * is escaped for an attribute context; the tickers are also written as a
 * plain list for feeds and readers without JavaScript.
 */

defined( 'ABSPATH' ) || exit;

/** The element's attributes (as the shortcode spells them), each empty unless set. */
function research_snapshot_attribute_defaults(): array {
	$settings = research_snapshot_settings();
	return array(
		'tickers'       => '',
		'source'        => '',
		'max-tickers'   => '',
		'link-pattern'  => '',
		'endpoint'      => '',
		'provider'      => $settings['provider'],
		'heading'       => '',
		'subheading'    => '',
		'footer'        => $settings['footer'],
		'score-name'    => '',
		'loading'       => $settings['loading'],
		'timeout'       => '',
		'refresh'       => $settings['refresh'],
		'theme'         => $settings['theme'],
		'layout'        => $settings['layout'],
		'transparent'   => '',
		'heading-level' => '',
	);
}

/**
 * The ticker symbols of a `tickers` value, as the element reads them:
 * comma and/or white space separated, upper case, unique.
 */
function research_snapshot_tickers( string $tickers ): array {
	$tokens = preg_split( '/[\s,]+/', strtoupper( trim( $tickers ) ), -1, PREG_SPLIT_NO_EMPTY );
	return array_values( array_unique( $tokens ? $tokens : array() ) );
}

/** A plain list of the companies, linked to the post: for feeds and readers without JavaScript. */
function research_snapshot_fallback( array $tickers ): string {
	$valid = array_filter( $tickers, fn( $t ) => (bool) preg_match( '/^[A-Z0-9.:-]{1,12}$/', $t ) );
	if ( ! $valid || array( 'AUTO' ) === array_values( $valid ) ) {
		return '';
	}
	$link  = get_permalink();
	$items = '';
	foreach ( $valid as $ticker ) {
		$items .= $link
			? '<li><a href="' . esc_url( $link ) . '">' . esc_html( $ticker ) . '</a></li>'
			: '<li>' . esc_html( $ticker ) . '</li>';
	}
	/* translators: heading of the list of companies a story mentions. */
	$label = esc_html__( 'Companies in this story', 'research-snapshot' );
	return '<p class="research-snapshot-fallback-title">' . $label . '</p><ul class="research-snapshot-fallback">' . $items . '</ul>';
}

/**
 * The element with its attributes. Empty values are left out (the element
 * then takes the page-wide setting or its default).
 */
function research_snapshot_render( array $atts ): string {
	$tickers = research_snapshot_tickers( (string) ( $atts['tickers'] ?? '' ) );
	if ( is_feed() ) {
		return research_snapshot_fallback( $tickers );
	}
	$html = '';
	foreach ( research_snapshot_attribute_defaults() as $name => $unused ) {
		$value = trim( (string) ( $atts[ $name ] ?? '' ) );
		if ( '' === $value ) {
			continue;
		}
		if ( 'transparent' === $name ) {
			$html .= in_array( strtolower( $value ), array( '1', 'true', 'yes', 'transparent' ), true ) ? ' transparent' : '';
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	// The space reserved before the script runs: one card per ticker (tickers="auto": up to max-tickers, default 8).
	$auto  = array( 'AUTO' ) === $tickers;
	$cards = $auto ? max( 1, min( 8, absint( $atts['max-tickers'] ?? 8 ) ? absint( $atts['max-tickers'] ) : 8 ) ) : max( 1, count( $tickers ) );
	$html .= ' style="--research-snapshot-cards: ' . (int) $cards . '"';
	$fallback = research_snapshot_fallback( $tickers );
	return '<research-snapshot' . $html . '></research-snapshot>' . ( $fallback ? '<noscript>' . $fallback . '</noscript>' : '' );
}

add_filter( 'the_content_feed', 'research_snapshot_feed_content', 20 );

/**
 * In feeds, a pasted <research-snapshot> (which feed readers cannot run)
 * becomes the plain list of its companies too.
 *
 * @param string $content The feed's content.
 */
function research_snapshot_feed_content( $content ) {
	return preg_replace_callback(
		'#<research-snapshot\b([^>]*)>.*?</research-snapshot>#is',
		function ( array $match ): string {
			$tickers = preg_match( '/\btickers\s*=\s*(["\'])(.*?)\1/i', $match[1], $found ) ? html_entity_decode( $found[2] ) : '';
			return research_snapshot_fallback( research_snapshot_tickers( $tickers ) );
		},
		(string) $content
	);
}
