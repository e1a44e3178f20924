/**
 * The panel's geometry, in one place: the element's styles and the
 * pre-upgrade stylesheet (`research-snapshot.css`, for the moment before the
 * script has run) are both written from these numbers, so the space reserved
 * before the upgrade is exactly the space the skeleton and the loaded panel take.
 *
 * Lengths are in `em` of the host's font size unless named otherwise; every
 * text has a fixed line height, so no height depends on the font's metrics.
 */

/** Card text size, in em of the host. */
export const CARD_FONT = 0.875;
/** Rows of a full card, in em of the card's text: name, sector, score, price (2 lines), explanation (4 lines), coverage note (2 lines), actions. */
export const CARD_ROWS = [1.5, 1.4, 2.4, 2.8, 5.6, 2.6, 1.6];
export const CARD_ROW_GAP = 0.4;
export const CARD_PADDING = 0.85;
/** The one row of a compact card, in em of the card's text. */
export const COMPACT_ROW = 2.2;
export const COMPACT_PADDING = 0.6;

export const PANEL_PADDING = 0.75;
export const GAP = 0.75;
/** Heading (1 line) + sub-heading (2 lines) + their margins. */
export const HEADER = 1.125 * 1.3 + 0.125 + 0.875 * 1.4 * 2 + GAP;
/** Footer margin + text: 3 lines when narrow, 2 from `WIDE_FOOTER` px up. */
export const FOOTER_LINE = 0.75 * 1.4;
export const WIDE_FOOTER = 640;
/** Columns of full cards by the element's width in px: 1 below the first, then one more at each. */
export const COLUMN_BREAKS = [520, 820, 1100];

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Height of one full card, in em of the host (plus its 2px border). */
export const CARD_HEIGHT = round((sum(CARD_ROWS) + CARD_ROW_GAP * (CARD_ROWS.length - 1) + 2 * CARD_PADDING) * CARD_FONT);
/** Height of one compact card, in em of the host (plus its 2px border). */
export const COMPACT_HEIGHT = round((COMPACT_ROW + 2 * COMPACT_PADDING) * CARD_FONT);

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
