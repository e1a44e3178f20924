<?php
/**
 * Assets only where needed: on singular views whose content has the
 * shortcode, the block (or, with pasted HTML allowed, the tag), and in the
 * block editor. The stylesheet goes in <head>, so the panel's space is
 * reserved before first paint; the script is deferred (classic) or a module.
 * The page-wide configuration is written once, before the script.
 */

defined( 'ABSPATH' ) || exit;

add_action( 'wp_enqueue_scripts', 'research_snapshot_enqueue' );
add_action( 'enqueue_block_editor_assets', 'research_snapshot_enqueue_assets' );
add_filter( 'script_loader_tag', 'research_snapshot_script_tag', 10, 2 );

/** Whether the current view shows a panel. */
function research_snapshot_needed(): bool {
	if ( ! is_singular() ) {
		return false;
	}
	$post = get_post();
	if ( ! $post ) {
		return false;
	}
	return has_shortcode( $post->post_content, 'research_snapshot' )
		|| has_block( 'research-snapshot/panel', $post )
		|| ( research_snapshot_settings()['raw_html'] && str_contains( $post->post_content, '<research-snapshot' ) );
}

function research_snapshot_enqueue(): void {
	if ( research_snapshot_needed() ) {
		research_snapshot_enqueue_assets();
	}
}

/** The built file's URL, from the plugin's own dist/ (no CDN). */
function research_snapshot_asset( string $file ): string {
	return plugins_url( 'dist/' . $file, RESEARCH_SNAPSHOT_FILE );
}

/** `window.ResearchSnapshotConfig`, escaped for a script context. */
function research_snapshot_config_script(): string {
	$settings = research_snapshot_settings();
	$config   = array();
	if ( '' !== $settings['endpoint'] ) {
		$config['endpoint'] = $settings['endpoint'];
	}
	// The catalogs beside the script: dist/locales/ of the plugin.
	$config['localeBase'] = research_snapshot_asset( 'locales/' );
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES );
	return 'window.ResearchSnapshotConfig = Object.assign({}, window.ResearchSnapshotConfig, ' . $json . ');';
}

function research_snapshot_enqueue_assets(): void {
	$settings = research_snapshot_settings();
	wp_enqueue_style( 'research-snapshot', research_snapshot_asset( 'research-snapshot.css' ), array(), RESEARCH_SNAPSHOT_VERSION );
	if ( 'theme' === $settings['text_size'] ) {
		// The theme's body text size, not the reader's default: the panel reads as part of the article.
		wp_add_inline_style( 'research-snapshot', 'research-snapshot{--research-snapshot-font-size:1em}' );
	}
	// The configuration on a handle of its own, so that no filter on the script's tag can touch it.
	wp_register_script( 'research-snapshot-config', false, array(), RESEARCH_SNAPSHOT_VERSION, false );
	wp_enqueue_script( 'research-snapshot-config' );
	wp_add_inline_script( 'research-snapshot-config', research_snapshot_config_script(), 'before' );

	if ( 'classic' === $settings['build'] ) {
		wp_enqueue_script( 'research-snapshot', research_snapshot_asset( 'research-snapshot.iife.js' ), array( 'research-snapshot-config' ), RESEARCH_SNAPSHOT_VERSION, false );
	} elseif ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5 and newer.
		wp_enqueue_script_module( 'research-snapshot', research_snapshot_asset( 'research-snapshot.js' ), array(), RESEARCH_SNAPSHOT_VERSION );
	} else {
		// Before 6.5: a classic handle whose own tag becomes a module (see research_snapshot_script_tag).
		wp_enqueue_script( 'research-snapshot', research_snapshot_asset( 'research-snapshot.js' ), array( 'research-snapshot-config' ), RESEARCH_SNAPSHOT_VERSION, false );
	}
}

/**
 * Our script's tag only: `type="module"` for the module build before 6.5,
 * `defer` for the classic build. Other handles, and inline scripts, are untouched.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function research_snapshot_script_tag( $tag, $handle ) {
	if ( 'research-snapshot' !== $handle ) {
		return $tag;
	}
	$attribute = 'classic' === research_snapshot_settings()['build'] ? 'defer ' : 'type="module" ';
	// Only the tag that loads the file (the one with src=), never an inline one.
	return preg_replace( '/<script (?=[^>]*\bsrc=)/', '<script ' . $attribute, $tag, 1 );
}
