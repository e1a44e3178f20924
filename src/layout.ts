/**
 * The panel's geometry, in one place. The element's styles spell these
 * numbers out (the CSS minifier cannot read interpolated CSS); test/layout.test.ts
 * measures the rendered panel against `panelHeight`, so the two cannot drift
 * apart. `reserveCss` writes the pre-upgrade stylesheet (research-snapshot.css)
 * from the same numbers, so the space reserved before the script runs is the
 * space the skeleton and the loaded panel take.
 *
 * Lengths are in em of the host's font size (16px unless
 * --research-snapshot-font-size says otherwise); every text has a fixed line
 * height, so no height depends on the font's metrics.
 */

const CARD_FONT = 0.875;
/** Rows of a full card, in em of its text: name, sector, score, price (2 lines), explanation (4 lines), coverage note (3 lines), actions. */
const CARD_ROWS = [1.5, 1.4, 2.4, 2.8, 5.6, 3.9, 1.6];
const CARD_ROW_GAP = 0.4;
const CARD_PADDING = 0.85;
const COMPACT_ROW = 2.2;
const COMPACT_PADDING = 0.6;
const PANEL_PADDING = 0.75;
const GAP = 0.75;
const COMPACT_GAP = GAP / 2;
/** Heading (1 line at 1.125em) + sub-heading (2 lines at 0.875em, with its margins). */
const HEADER = 1.125 * 1.3 + 0.875 * (0.125 + 2 * 1.4 + GAP);
/** Footer at 0.75em: its margin, then 3 lines, or 2 from WIDE_FOOTER px up. */
const footer = (lines: number) => 0.75 * (GAP + lines * 1.4);
const WIDE_FOOTER = 640;
/** Columns of full cards by the element's width in px: 1, then 2, 3, 4 from each break up. */
export const COLUMN_BREAKS = [520, 820, 1100];

const round = (value: number) => Math.round(value * 1e4) / 1e4;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** Card heights in em, each plus a 2px border. */
const CARD = round(CARD_FONT * (sum(CARD_ROWS) + CARD_ROW_GAP * (CARD_ROWS.length - 1) + 2 * CARD_PADDING));
const COMPACT = round(CARD_FONT * (COMPACT_ROW + 2 * COMPACT_PADDING));
const FRAME = round(2 * PANEL_PADDING + HEADER);

/** Columns of full cards at a width in px. */
export function columns(width: number): number {
  return 1 + COLUMN_BREAKS.filter((b) => width >= b).length;
}

/** The panel's height in px, for `cards` cards at `width` px, in the loading, loaded and failed states alike. */
export function panelHeight(cards: number, width: number, compact = false, fontSize = 16): number {
  const rows = compact ? cards : Math.ceil(cards / columns(width));
  const card = compact ? COMPACT : CARD;
  const gap = compact ? COMPACT_GAP : GAP;
  const em = FRAME + footer(width >= WIDE_FOOTER ? 2 : 3) + rows * card + Math.max(rows - 1, 0) * gap;
  return em * fontSize + 2 + rows * 2;
}

/**
 * CSS that gives a `<research-snapshot>` the panel's height before the script
 * has defined it. The number of cards comes from `--research-snapshot-cards`
 * on the element (default 1).
 */
export function reserveCss(): string {
  // Server-rendered panels (declarative shadow DOM) already have their height.
  const el = 'research-snapshot:not(:defined):not([data-rendered])';
  const height = (card: number, gap: number, lines: number) =>
    `calc(${round(FRAME + footer(lines))}em + 2px + var(--_rows) * (${card}em + 2px) + (var(--_rows) - 1) * ${gap}em)`;
  const rows = (cols: string) => `round(up, var(--research-snapshot-cards, 1) / ${cols})`;
  const rules = [
    `${el}{display:block;container-type:inline-size;font-size:var(--research-snapshot-font-size,16px)}`,
    `${el}::before{content:"";display:block;--_rows:${rows('1')};height:${height(CARD, GAP, 3)}}`,
    ...COLUMN_BREAKS.map(
      (width, i) =>
        `@container (min-width:${width}px){${el}:not([layout=compact])::before{--_rows:${rows(String(i + 2))};height:${height(CARD, GAP, width >= WIDE_FOOTER ? 2 : 3)}}}`,
    ),
    `@container (min-width:${WIDE_FOOTER}px) and (max-width:${COLUMN_BREAKS[1] - 0.02}px){${el}:not([layout=compact])::before{height:${height(CARD, GAP, 2)}}}`,
    `${el}[layout=compact]::before{--_rows:var(--research-snapshot-cards,1);height:${height(COMPACT, COMPACT_GAP, 3)}}`,
    `@container (min-width:${WIDE_FOOTER}px){${el}[layout=compact]::before{height:${height(COMPACT, COMPACT_GAP, 2)}}}`,
  ];
  return `/* Reserves <research-snapshot>'s space until its script has run. Set --research-snapshot-cards to the number of tickers. */\n${rules.join('\n')}\n`;
}
