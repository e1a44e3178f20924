/**
 * Entry for the script tag and for bundlers: defines `<research-snapshot>` on
 * import. Importing it twice, or loading both builds, defines the element once.
 */
import { ResearchSnapshot } from './research-snapshot.js';

export * from './element.js';

if (!customElements.get('research-snapshot')) {
  customElements.define('research-snapshot', ResearchSnapshot);
}

declare global {
  interface HTMLElementTagNameMap {
    'research-snapshot': ResearchSnapshot;
  }
}
