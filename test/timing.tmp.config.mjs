import base from './web-test-runner.config.mjs';
import { defaultReporter } from '@web/test-runner';
import { timing } from '/tmp/timing-reporter.mjs';
export default { ...base, reporters: [defaultReporter(), timing()] };
