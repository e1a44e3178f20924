/**
 * Types for the classic script (`research-snapshot.iife.js`): it exports
 * nothing, and defines `<research-snapshot>` when it runs, so importing it
 * gives the page's types (the element in `document.createElement`,
 * `window.ResearchSnapshotConfig`) and no bindings.
 */
import './index.js';

export {};
