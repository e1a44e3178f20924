<?php
/**
 * Unit tests of the plugin's rendering and sanitising, run inside the real
 * WordPress (php-cli, after setup.php): every attribute escaped (the hostile
 * strings of the element's own suite), the fallback list, the settings.
 * Usage: php render-test.php <path to blns.json>
 */
$_SERVER['HTTP_HOST']   = '127.0.0.1:8080';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';

$failures = 0;
$checks   = 0;
function check( bool $ok, string $what ): void {
	global $failures, $checks;
	++$checks;
	if ( ! $ok ) {
		++$failures;
		fwrite( STDERR, "FAIL: $what\n" );
	}
}

/** The elements and attributes of a piece of HTML, as a browser would parse it. */
function parsed( string $html ): DOMDocument {
	$doc = new DOMDocument();
	libxml_use_internal_errors( true );
	$doc->loadHTML( '<?xml encoding="utf-8"?><body>' . $html . '</body>', LIBXML_NOERROR );
	libxml_clear_errors();
	return $doc;
}

$strings = json_decode( file_get_contents( $argv[1] ), true );
$strings = array_merge( $strings, array( '"><script>hit()</script>', "'><img src=x onerror=hit()>", '</research-snapshot><script>hit()</script>', 'javascript:hit()', '{{x}}', '<!--' ) );
$allowed = array( 'body', 'research-snapshot', 'noscript', 'p', 'ul', 'li', 'a' );
foreach ( $strings as $i => $value ) {
	if ( ! is_string( $value ) ) {
		continue;
	}
	$html = research_snapshot_shortcode( array( 'tickers' => "MSFT $value", 'heading' => $value, 'footer' => $value, 'provider' => $value, 'score-name' => $value, 'endpoint' => $value ) );
	$doc  = parsed( $html );
	$tags = array();
	foreach ( $doc->getElementsByTagName( '*' ) as $node ) {
		$tags[] = $node->nodeName;
	}
	check( ! array_diff( $tags, array_merge( $allowed, array( 'html' ) ) ), "string $i made elements: " . implode( ',', array_unique( $tags ) ) );
	$panels = $doc->getElementsByTagName( 'research-snapshot' );
	check( 1 === $panels->length, "string $i: one element" );
	if ( 1 === $panels->length && '' !== trim( $value ) ) {
		$panel = $panels->item( 0 );
		// DOMDocument normalises whitespace like a browser would not; compare what matters: the value survives as text.
		// As text: the string itself, or (esc_attr() does not encode an entity twice, as WordPress content is already HTML) its entities read once.
		$heading = $panel->getAttribute( 'heading' );
		$decoded = str_replace( "\r", "\n", html_entity_decode( trim( $value ), ENT_QUOTES | ENT_HTML5, "UTF-8" ) ); // HTML reads CR as LF.
		$legacy  = html_entity_decode( trim( $value ), ENT_QUOTES | ENT_HTML401, 'UTF-8' );
		check( in_array( $heading, array( trim( $value ), $decoded, $legacy ), true ) || str_contains( $value, "\0" ), "string $i: the heading attribute holds the string: " . json_encode( $heading ) . " vs " . json_encode( $decoded ) );
		check( ! $panel->hasAttribute( 'onerror' ) && ! $panel->hasAttribute( 'onload' ), "string $i: no event attribute" );
	}
}

// The markup: attributes, the reserved cards, the fallback for readers without JavaScript.
$html = research_snapshot_shortcode( array( 'tickers' => 'msft, AMZN msft', 'layout' => 'compact', 'transparent' => 'true' ) );
check( str_contains( $html, 'tickers="msft, AMZN msft"' ), 'tickers as given' );
check( str_contains( $html, '--research-snapshot-cards: 2' ), 'two cards reserved for two unique tickers' );
check( str_contains( $html, ' transparent' ) && str_contains( $html, 'layout="compact"' ), 'boolean and choice attributes' );
check( (bool) preg_match( '#<noscript><p class="research-snapshot-fallback-title">.*<li>.*MSFT.*</li><li>.*AMZN.*</li></ul></noscript>#', $html ), 'a list for readers without JavaScript' );
check( str_contains( research_snapshot_shortcode( array( 'tickers' => 'auto', 'max-tickers' => '5' ) ), '--research-snapshot-cards: 5' ), 'tickers="auto" reserves max-tickers cards' );
check( ! str_contains( research_snapshot_shortcode( array( 'tickers' => 'auto' ) ), '<noscript>' ), 'no fallback list for tickers="auto"' );
check( '' === research_snapshot_fallback( array() ), 'no list without tickers' );
$block = research_snapshot_block( array( 'tickers' => 'MSFT', 'scoreName' => 'Quant Rating', 'maxTickers' => '3' ) );
check( str_contains( $block, 'score-name="Quant Rating"' ) && str_contains( $block, 'tickers="MSFT"' ), 'block attributes in the element’s spelling' );

// Feeds: a pasted tag becomes the list.
$feed = research_snapshot_feed_content( '<p>Story</p><research-snapshot tickers="MSFT AMZN"></research-snapshot>' );
check( ! str_contains( $feed, '<research-snapshot' ) && str_contains( $feed, 'MSFT' ) && str_contains( $feed, 'AMZN' ), 'feed: list instead of the tag' );

// Settings: choices kept to their lists, URLs to http(s), {ticker} kept.
$s = research_snapshot_sanitize( array( 'endpoint' => 'javascript:alert(1)', 'theme' => 'neon', 'layout' => '<b>', 'refresh' => '-30x', 'footer' => '<script>x</script>Data', 'raw_html' => '1', 'extra' => 'x' ) );
check( '' === $s['endpoint'], 'a javascript: endpoint is dropped' );
check( 'light' === $s['theme'] && 'full' === $s['layout'], 'unknown choices fall back' );
check( '30' === $s['refresh'], 'refresh is a whole number' );
check( ! str_contains( $s['footer'], '<' ), 'footer is plain text' );
check( true === $s['raw_html'] && ! isset( $s['extra'] ), 'booleans, and unknown keys dropped' );
$s = research_snapshot_sanitize( array( 'endpoint' => 'https://cdn.example.com/snap/{ticker}.json?x=1&y=2' ) );
check( 'https://cdn.example.com/snap/{ticker}.json?x=1&y=2' === $s['endpoint'], 'a per-ticker endpoint keeps {ticker}: ' . $s['endpoint'] );

// The configuration script: escaped for a script context.
update_option( 'research_snapshot', research_snapshot_sanitize( array( 'endpoint' => 'https://example.com/a</script><script>hit()//' ) ) );
$config = research_snapshot_config_script();
check( ! str_contains( $config, '</script' ) && ! str_contains( $config, '<' ), 'no tag can close the configuration script: ' . $config );

echo "render tests: $checks checks, $failures failed\n";
exit( $failures ? 1 : 0 );
