#!/usr/bin/env bash
# Runs the test suite in WebKitGTK: starts Xvfb and WebKitWebDriver, then
# web-test-runner with test/web-test-runner.webkit.config.mjs.
# Needs Debian's webkit2gtk-driver and xvfb (apt-get install webkit2gtk-driver xvfb).
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v WebKitWebDriver >/dev/null || { echo "WebKitWebDriver not found: apt-get install webkit2gtk-driver xvfb" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "Xvfb not found: apt-get install xvfb" >&2; exit 2; }

# A display and a port nobody else on this machine is using.
number="${WEBKIT_DISPLAY:-$((90 + RANDOM % 400))}"
while [ -e "/tmp/.X${number}-lock" ]; do number=$((number + 1)); done
display=":${number}"
port="${WEBKIT_DRIVER_PORT:-$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')}"
log="$(mktemp -d)"
Xvfb "$display" -screen 0 1280x1024x24 >"$log/xvfb.log" 2>&1 &
xvfb=$!
DISPLAY="$display" WebKitWebDriver --port="$port" >"$log/driver.log" 2>&1 &
driver=$!
trap 'kill $driver $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  node -e "fetch('http://127.0.0.1:$port/status').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
  sleep 0.2
done
kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb did not start:" >&2; cat "$log/xvfb.log" >&2; exit 1; }
kill -0 "$driver" 2>/dev/null || { echo "WebKitWebDriver did not start:" >&2; cat "$log/driver.log" >&2; exit 1; }

npm run build --silent
DISPLAY="$display" WEBKIT_DRIVER_PORT="$port" npx wtr --config test/web-test-runner.webkit.config.mjs "$@"
