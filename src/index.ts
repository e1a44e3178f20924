/**
 * Entry for the script tag: defines `<research-snapshot>` on import.
 * Importing it twice, or loading both builds, defines the element once.
 */
import { ResearchSnapshot } from './research-snapshot.js';

export { ResearchSnapshot } from './research-snapshot.js';
export type { ResearchSnapshotConfig } from './research-snapshot.js';
export { SnapshotErrorEvent, SnapshotLoadEvent } from './events.js';
export type { SnapshotErrorDetail, SnapshotErrorKind, SnapshotLoadDetail } from './events.js';
export type * from './data/types.js';

if (!customElements.get('research-snapshot')) {
  customElements.define('research-snapshot', ResearchSnapshot);
}

declare global {
  interface HTMLElementTagNameMap {
    'research-snapshot': ResearchSnapshot;
  }
}
