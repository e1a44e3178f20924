// Type-checked only (not imported by the app): the classic script's entry has types, and no bindings.
import 'research-snapshot/research-snapshot.iife.js';
// @ts-expect-error -- the classic script defines the element and exports nothing
import type { ResearchSnapshot } from 'research-snapshot/research-snapshot.iife.js';

// Its import still types the page: the element, by its tag.
export const panel: HTMLElementTagNameMap['research-snapshot'] | null = document.querySelector('research-snapshot');
export type Unused = ResearchSnapshot;
