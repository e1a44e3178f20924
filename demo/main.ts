/**
 * The demo's only script: start the mock endpoint, then load the element,
 * so that its first request is already answered by the mock.
 */
import { network } from 'virtual:msw';
import { handlers } from './mocks/handlers.js';

network.configure({ handlers });
await network.enable();
await import('../src/index.js');
