import { nothing } from 'lit';
import type { Catalog } from '../locales/catalog.js';
import type { View } from './view.js';

/** The language of a message the publisher wrote in the page's language, where English stands in for the rest of the panel. */
export const langOf = (view: View, key: keyof Catalog): string | typeof nothing =>
  view.marked?.keys.has(key) ? view.marked.lang : nothing;
