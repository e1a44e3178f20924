/**
 * The demo's only script: start the mock endpoint, then load the element,
 * so that its first request is already answered by the mock.
 */
import { network } from 'virtual:msw';
import { handlers } from './mocks/handlers.js';
import { LANGUAGES, languageName } from './languages.js';

// The failed-state demo should fail at once, not after three retries.
window.ResearchSnapshotConfig = { retries: 0 };
network.configure({ handlers });
await network.enable();
// The languages page: a panel for every catalog, in its own language.
for (const container of document.querySelectorAll('[data-language-panels]')) {
  for (const id of LANGUAGES) {
    const section = document.createElement('section');
    section.lang = id;
    const heading = document.createElement('h2');
    heading.textContent = languageName(id);
    const panel = document.createElement('research-snapshot');
    panel.setAttribute('tickers', 'MSFT RIVN');
    panel.setAttribute('endpoint', 'api/snapshot');
    panel.style.setProperty('--research-snapshot-cards', '2');
    section.append(heading, panel);
    container.append(section);
  }
}
// The element's class, defined here: the package marks its source free of side effects, so a
// bundler may drop a bare side-effect import of src/index.ts from the built demo.
const { ResearchSnapshot } = await import('../src/element.js');
if (!customElements.get('research-snapshot')) customElements.define('research-snapshot', ResearchSnapshot);

// Pages with a theme switch: follow it on every panel.
for (const control of document.querySelectorAll<HTMLSelectElement>('select[data-theme-switch]')) {
  control.addEventListener('change', () => {
    for (const panel of document.querySelectorAll('research-snapshot')) panel.setAttribute('theme', control.value);
    document.documentElement.dataset.theme = control.value;
  });
}
