<?php
/**
 * Settings → Research Snapshot: for Administrators (manage_options) only,
 * through the Settings API (its nonce and capability checks), every value
 * sanitised on the way in and escaped on the way out.
 */

defined( 'ABSPATH' ) || exit;

const RESEARCH_SNAPSHOT_OPTION = 'research_snapshot';

/** The settings, with their defaults. */
function research_snapshot_settings(): array {
	$defaults = array(
		'endpoint'  => '',
		'provider'  => '',
		'theme'     => 'light',
		'layout'    => 'full',
		'loading'   => 'lazy',
		'refresh'   => '',
		'footer'    => '',
		'text_size' => 'theme',
		'build'     => 'module',
		'raw_html'  => false,
	);
	$saved = get_option( RESEARCH_SNAPSHOT_OPTION, array() );
	return array_merge( $defaults, is_array( $saved ) ? array_intersect_key( $saved, $defaults ) : array() );
}

/**
 * Sanitises what the form sends: unknown keys dropped, choices kept to their
 * lists, the endpoint an http(s) URL (or empty), numbers as numbers.
 *
 * @param mixed $input The submitted values.
 */
function research_snapshot_sanitize( $input ): array {
	$input = is_array( $input ) ? $input : array();
	$pick  = fn( string $key, array $allowed, string $default ) => in_array( $input[ $key ] ?? '', $allowed, true ) ? $input[ $key ] : $default;
	// A per-ticker endpoint keeps its {ticker} placeholder, which esc_url_raw() would drop.
	$raw = str_replace( '{ticker}', 'research-snapshot-ticker-placeholder', trim( (string) ( $input['endpoint'] ?? '' ) ) );
	$url = esc_url_raw( $raw, array( 'http', 'https' ) );
	return array(
		'endpoint'  => str_replace( 'research-snapshot-ticker-placeholder', '{ticker}', $url ),
		'provider'  => sanitize_text_field( (string) ( $input['provider'] ?? '' ) ),
		'theme'     => $pick( 'theme', array( 'light', 'dark', 'auto' ), 'light' ),
		'layout'    => $pick( 'layout', array( 'full', 'compact' ), 'full' ),
		'loading'   => $pick( 'loading', array( 'lazy', 'eager' ), 'lazy' ),
		'refresh'   => isset( $input['refresh'] ) && '' !== $input['refresh'] ? (string) absint( $input['refresh'] ) : '',
		'footer'    => sanitize_text_field( (string) ( $input['footer'] ?? '' ) ),
		'text_size' => $pick( 'text_size', array( 'theme', 'reader' ), 'theme' ),
		'build'     => $pick( 'build', array( 'module', 'classic' ), 'module' ),
		'raw_html'  => ! empty( $input['raw_html'] ),
	);
}

add_action( 'admin_init', 'research_snapshot_register_settings' );
add_action( 'admin_menu', 'research_snapshot_menu' );

function research_snapshot_register_settings(): void {
	register_setting(
		'research_snapshot',
		RESEARCH_SNAPSHOT_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'research_snapshot_sanitize',
			'default'           => array(),
		)
	);
}

function research_snapshot_menu(): void {
	add_options_page( __( 'Research Snapshot', 'research-snapshot' ), __( 'Research Snapshot', 'research-snapshot' ), 'manage_options', 'research-snapshot', 'research_snapshot_settings_page' );
}

/** One row of the form. */
function research_snapshot_field( string $key, string $label, string $control ): void {
	echo '<tr><th scope="row"><label for="research-snapshot-' . esc_attr( $key ) . '">' . esc_html( $label ) . '</label></th><td>' . $control . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- $control is built escaped below.
}

function research_snapshot_select( string $key, array $choices, string $value ): string {
	$options = '';
	foreach ( $choices as $choice => $label ) {
		$options .= '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $label ) . '</option>';
	}
	return '<select id="research-snapshot-' . esc_attr( $key ) . '" name="' . esc_attr( RESEARCH_SNAPSHOT_OPTION . "[$key]" ) . '">' . $options . '</select>';
}

function research_snapshot_text( string $key, string $value, string $type = 'text' ): string {
	return '<input class="regular-text" type="' . esc_attr( $type ) . '" id="research-snapshot-' . esc_attr( $key ) . '" name="' . esc_attr( RESEARCH_SNAPSHOT_OPTION . "[$key]" ) . '" value="' . esc_attr( $value ) . '">';
}

function research_snapshot_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s = research_snapshot_settings();
	echo '<div class="wrap"><h1>' . esc_html__( 'Research Snapshot', 'research-snapshot' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'research_snapshot' );
	echo '<table class="form-table" role="presentation">';
	research_snapshot_field( 'endpoint', __( 'Endpoint', 'research-snapshot' ), research_snapshot_text( 'endpoint', $s['endpoint'], 'url' ) );
	research_snapshot_field( 'provider', __( 'Provider name', 'research-snapshot' ), research_snapshot_text( 'provider', $s['provider'] ) );
	research_snapshot_field( 'theme', __( 'Theme', 'research-snapshot' ), research_snapshot_select( 'theme', array( 'light' => 'Light', 'dark' => 'Dark', 'auto' => 'Follow the page' ), $s['theme'] ) );
	research_snapshot_field( 'layout', __( 'Layout', 'research-snapshot' ), research_snapshot_select( 'layout', array( 'full' => 'Full cards', 'compact' => 'Compact' ), $s['layout'] ) );
	research_snapshot_field( 'loading', __( 'Loading', 'research-snapshot' ), research_snapshot_select( 'loading', array( 'lazy' => 'When near the viewport', 'eager' => 'At once' ), $s['loading'] ) );
	research_snapshot_field( 'refresh', __( 'Refresh (seconds, empty for none)', 'research-snapshot' ), research_snapshot_text( 'refresh', $s['refresh'], 'number' ) );
	research_snapshot_field( 'footer', __( 'Footer text (empty for the default)', 'research-snapshot' ), research_snapshot_text( 'footer', $s['footer'] ) );
	research_snapshot_field( 'text_size', __( 'Text size', 'research-snapshot' ), research_snapshot_select( 'text_size', array( 'theme' => "Match the theme's text", 'reader' => "The reader's default size" ), $s['text_size'] ) );
	research_snapshot_field( 'build', __( 'Script', 'research-snapshot' ), research_snapshot_select( 'build', array( 'module' => 'ES module (modern browsers)', 'classic' => 'Classic script' ), $s['build'] ) );
	research_snapshot_field(
		'raw_html',
		__( 'Pasted HTML', 'research-snapshot' ),
		'<label><input type="checkbox" id="research-snapshot-raw_html" name="' . esc_attr( RESEARCH_SNAPSHOT_OPTION . '[raw_html]' ) . '" value="1"' . checked( $s['raw_html'], true, false ) . '> ' .
		esc_html__( 'Let authors without unfiltered_html paste <research-snapshot> tags (never <script>).', 'research-snapshot' ) . '</label>'
	);
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
