/**
 * The demo's only script: start the mock endpoint, then load the element,
 * so that its first request is already answered by the mock.
 */
import { network } from 'virtual:msw';
import { handlers } from './mocks/handlers.js';

// The failed-state demo should fail at once, not after three retries.
window.ResearchSnapshotConfig = { retries: 0 };
network.configure({ handlers });
await network.enable();
await import('../src/index.js');

// Pages with a theme switch: follow it on every panel.
for (const control of document.querySelectorAll<HTMLSelectElement>('select[data-theme-switch]')) {
  control.addEventListener('change', () => {
    for (const panel of document.querySelectorAll('research-snapshot')) panel.setAttribute('theme', control.value);
    document.documentElement.dataset.theme = control.value;
  });
}
