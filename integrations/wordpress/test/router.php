<?php
// php -S router for Debian's WordPress: wp-content lives in /var/lib/wordpress (Apache aliases it);
// files are served as they are, everything else goes to WordPress.
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = '/var/lib/wordpress' . $path;
	if ( is_file( $file ) ) {
		$types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'png' => 'image/png', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2' );
		$ext   = pathinfo( $file, PATHINFO_EXTENSION );
		header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
		if ( 'json' === $ext ) {
			header( 'Access-Control-Allow-Origin: *' );
		}
		readfile( $file );
		return true;
	}
	http_response_code( 404 );
	return true;
}
if ( '/' !== $path && is_file( '/usr/share/wordpress' . $path ) && ! str_ends_with( $path, '.php' ) ) {
	return false;
}
if ( str_ends_with( $path, '.php' ) && is_file( '/usr/share/wordpress' . $path ) ) {
	$_SERVER['SCRIPT_NAME'] = $path;
	require '/usr/share/wordpress' . $path;
	return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require '/usr/share/wordpress/index.php';
