#!/usr/bin/env bash
# Runs the test suite in WebKitGTK: starts Xvfb and WebKitWebDriver, then
# web-test-runner with test/web-test-runner.webkit.config.mjs.
# Needs Debian's webkit2gtk-driver and xvfb (apt-get install webkit2gtk-driver xvfb).
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v WebKitWebDriver >/dev/null || { echo "WebKitWebDriver not found: apt-get install webkit2gtk-driver xvfb" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "Xvfb not found: apt-get install xvfb" >&2; exit 2; }

display=":${WEBKIT_DISPLAY:-97}"
port="${WEBKIT_DRIVER_PORT:-4444}"
Xvfb "$display" -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
DISPLAY="$display" WebKitWebDriver --port="$port" >/dev/null 2>&1 &
driver=$!
trap 'kill $driver $xvfb 2>/dev/null || true' EXIT
sleep 2

npm run build --silent -- --logLevel warn
DISPLAY="$display" WEBKIT_DRIVER_PORT="$port" npx wtr --config test/web-test-runner.webkit.config.mjs "$@"
