import base from './web-test-runner.config.mjs';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync } from 'node:fs';
const seen = new Map();
const rows = [];
const tests = [];
const timing = {
  start({ sessions }) {
    sessions.on('session-status-updated', (s) => {
      const key = s.id;
      const t = seen.get(key) ?? {};
      if (s.status === 'INITIALIZING') t.init = Date.now();
      if (s.status === 'TEST_STARTED') t.start = Date.now();
      if (s.status === 'TEST_FINISHED') t.end = Date.now();
      seen.set(key, t);
      if (s.status === 'FINISHED') {
        const walk = (suite, prefix) => { for (const t of suite.tests) tests.push([s.browser.name, s.testFile.replace(/.*\/test\//, ''), t.duration ?? 0, prefix + ' > ' + t.name]); for (const c of suite.suites) walk(c, prefix + ' > ' + c.name); };
        if (s.testResults) walk(s.testResults, '');
      }
      if (s.status === 'FINISHED') rows.push([s.browser.name, s.testFile.replace(/.*\/test\//, ''), Date.now() - t.init, t.start - t.init, t.end - t.start]);
    });
  },
  stop() { tests.sort((a, b) => b[2] - a[2]); writeFileSync('/tmp/t/tests.tsv', tests.map((r) => r.join('\t')).join('\n') + '\n'); rows.sort((a, b) => b[2] - a[2]); writeFileSync(process.env.TIMING_OUT || '/tmp/t/timing.tsv', rows.map((r) => r.join('\t')).join('\n') + '\n'); },
};
export default { ...base, reporters: [defaultReporter(), timing] };
