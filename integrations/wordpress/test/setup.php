<?php
/**
 * Runs inside the real WordPress (php-cli): installs the site, activates the
 * plugin, sets pretty permalinks, creates an Author and an Editor with
 * application passwords, and prints what the check needs as JSON.
 * Usage: php setup.php <theme> [<setting>=<value> …]
 */
$_SERVER['HTTP_HOST']   = '127.0.0.1:8080';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', ! file_exists( '/tmp/research-snapshot-wp/installed' ) );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( ! is_blog_installed() ) {
	wp_install( 'Research Snapshot test', 'admin', 'admin@example.test', true, '', 'admin-password-1' );
	touch( '/tmp/research-snapshot-wp/installed' );
}
$result = activate_plugin( 'research-snapshot/research-snapshot.php' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules( false );
switch_theme( $argv[1] ?? 'twentytwentythree' );

$settings = get_option( 'research_snapshot', array() );
foreach ( array_slice( $argv, 2 ) as $pair ) {
	[ $key, $value ] = explode( '=', $pair, 2 );
	$settings[ $key ] = 'true' === $value ? true : ( 'false' === $value ? false : $value );
}
update_option( 'research_snapshot', research_snapshot_sanitize( $settings ) );

$users = array();
foreach ( array( 'author', 'editor' ) as $role ) {
	$user = get_user_by( 'login', $role );
	$id   = $user ? $user->ID : wp_insert_user( array( 'user_login' => $role, 'user_pass' => "$role-password-1", 'user_email' => "$role@example.test", 'role' => $role ) );
	[ $password ] = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'check ' . wp_generate_password( 6, false ) ) );
	$users[ $role ] = array( 'id' => $id, 'password' => $password, 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) );
}
echo wp_json_encode( array( 'users' => $users, 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet() ) );
