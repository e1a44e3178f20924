import type { nothing, TemplateResult } from 'lit';
import type { SnapshotItem } from '../data/types.js';
import type { Catalog } from '../locales/catalog.js';

/** What every template needs besides its data. */
export interface View {
  /** The messages of the panel's language. */
  t: Catalog;
  /** The score's name: the element's, the page's, else the catalog's. */
  name: string;
  /** The reader's clock when rendering (ms since the epoch): what "today" is. */
  now: number;
  /** The language the messages are written in (the content's `lang`). */
  lang: string;
  /** `rtl` for a catalog written right to left (Arabic, Hebrew); otherwise the page's direction is kept. */
  dir?: 'rtl';
  /** The element's own language, where the content is written in another (English standing in): the publisher's texts carry it. */
  pageLang?: string;
  /** The catalog is on its way: the panel's own words are not shown yet (English would stand in for a moment). */
  pending?: true;
  /** Messages the publisher wrote in the page's language (`lang`), where English stands in for the rest. */
  marked?: { lang: string; keys: ReadonlySet<string> };
  /** The language of the endpoint's texts: the response's `lang`, or '' (unknown: nothing is claimed). */
  dataLang?: string;
  /** The locale numbers and dates are formatted in. */
  locale: string;
  /** Heading level of the panel's heading; card names are one below. */
  level: number;
  /** Tickers whose long explanation is shown in full. */
  expanded: ReadonlySet<string>;
  /** How the score moved, once movement.js is here (only data with `history` or `previous` needs it). */
  movement?: Movement;
  /** The page's declared colour scheme, where the panel follows it (theme="auto", transparent); `pending` while it is not known yet. */
  scheme?: 'light' | 'dark' | 'both' | 'pending';
}

/** The parts of a card that tell how the score moved (src/templates/movement.ts). */
export interface Movement {
  /** The trend line and what changed, for the card's about row; nothing without `history` or `previous`. */
  line(item: SnapshotItem, view: View): TemplateResult | typeof nothing;
  /** The compact line's change of score, after the label; nothing without a previous score. */
  scoreChange(item: SnapshotItem, view: View): TemplateResult | typeof nothing;
}
