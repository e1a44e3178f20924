/**
 * The same suite in WebKitGTK (MiniBrowser driven by WebKitWebDriver under
 * Xvfb). Run it with test/tools/test-webkit.sh, which starts both. It is
 * WebKitGTK, not Safari, but the same engine family.
 */
import { webdriverLauncher } from '@web/test-runner-webdriver';

process.env.BROWSERS = 'none';
const { default: base } = await import('./web-test-runner.config.mjs');

export default {
  ...base,
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  ],
};
