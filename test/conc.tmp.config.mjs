import base from './web-test-runner.config.mjs';
export default { ...base, nodeResolve: { exportConditions: ['browser', 'production'] } };
