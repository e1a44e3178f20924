/**
 * The side-effect-free entry: the class and its types, without defining the
 * element. Define it yourself, under this name or another:
 *   customElements.define('research-snapshot', ResearchSnapshot);
 */
export { ResearchSnapshot } from './research-snapshot.js';
export type { ResearchSnapshotConfig } from './research-snapshot.js';
export { SnapshotErrorEvent, SnapshotLoadEvent } from './events.js';
export type { SnapshotErrorDetail, SnapshotErrorKind, SnapshotLoadDetail } from './events.js';
export type * from './data/types.js';
export type { Catalog } from './locales/catalog.js';
