/**
 * The panel's geometry, in one place. The element's styles spell these
 * numbers out (the CSS minifier cannot read interpolated CSS); test/layout.test.ts
 * measures the rendered panel against `panelHeight`, so the two cannot drift
 * apart. `reserveCss` writes the pre-upgrade stylesheet (research-snapshot.css)
 * from the same numbers, so the space reserved before the script runs is the
 * space the skeleton and the loaded panel take.
 *
 * Lengths are in em of the host's font size (the reader's default size,
 * 16px unless the reader or --research-snapshot-font-size says otherwise);
 * every text has the host's line height (1.4), so no height depends on the
 * font's metrics. The numbers are minimum heights: when text needs more room
 * (a reader's text spacing, long data), the panel grows rather than cut it.
 */

const CARD_FONT = 0.875;
const LINE = 1.4;
/** Rows of a full card, in em of its text: name, sector, score, price (2 lines), explanation (4 lines), coverage note (3 lines), actions. */
const CARD_ROWS = [1.5, 1.4, 2.4, 2 * LINE, 4 * LINE, 3 * LINE, 1.6];
const CARD_ROW_GAP = 0.4;
const CARD_PADDING = 0.85;
const COMPACT_ROW = 2.2;
const COMPACT_PADDING = 0.6;
const PANEL_PADDING = 0.75;
const GAP = 0.75;
const COMPACT_GAP = GAP / 2;
/** Heading (1 line at 1.125em) + sub-heading (2 lines at 0.875em, with its margins). */
const HEADER = 1.125 * LINE + 0.875 * (0.125 + 2 * LINE + GAP);
/** Footer at 0.75em: its margin, then 3 lines, or 2 from WIDE_FOOTER em up. */
const footer = (lines: number) => 0.75 * (GAP + lines * LINE);
const WIDE_FOOTER = 40;
/** Columns of full cards by the element's width in em of its text: 1, then 2, 3, 4 from each break up (520, 820, 1100 px at 16 px). */
export const COLUMN_BREAKS = [32.5, 51.25, 68.75];
/** Width of the panel in a shrink-to-fit box (float, flex item, inline-block): one card, in em. */
export const INTRINSIC_WIDTH = 20;

const round = (value: number) => Math.round(value * 1e4) / 1e4;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** Card heights in em, each plus a 2px border. */
const CARD = round(CARD_FONT * (sum(CARD_ROWS) + CARD_ROW_GAP * (CARD_ROWS.length - 1) + 2 * CARD_PADDING));
const COMPACT = round(CARD_FONT * (COMPACT_ROW + 2 * COMPACT_PADDING));
const FRAME = round(2 * PANEL_PADDING + HEADER);

/** Columns of full cards at a width in px, for text of `fontSize` px. */
export function columns(width: number, fontSize = 16): number {
  return 1 + COLUMN_BREAKS.filter((b) => width >= b * fontSize).length;
}

/**
 * The panel's height in px at default text spacing, for `cards` cards at
 * `width` px: loading, loaded and failed (while the failure is in view) alike.
 */
export function panelHeight(cards: number, width: number, compact = false, fontSize = 16): number {
  const rows = compact ? cards : Math.ceil(cards / columns(width, fontSize));
  const card = compact ? COMPACT : CARD;
  const gap = compact ? COMPACT_GAP : GAP;
  const em = FRAME + footer(width >= WIDE_FOOTER * fontSize ? 2 : 3) + rows * card + Math.max(rows - 1, 0) * gap;
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
    `${el}{display:block;container-type:inline-size;contain-intrinsic-inline-size:${INTRINSIC_WIDTH}em;max-width:100%;font-size:var(--research-snapshot-font-size,medium)}`,
    `${el}::before{content:"";display:block;--_rows:${rows('1')};height:${height(CARD, GAP, 3)}}`,
    // Slotted texts (a heading, a footer) take their place inside the panel, not under the reserved box.
    // Important, so that a page's own display for them (a utility class) does not win over it from outside the layer.
    `${el}>*{display:none!important}`,
    ...COLUMN_BREAKS.map(
      (width, i) =>
        `@container (min-width:${width}em){${el}:not([layout=compact])::before{--_rows:${rows(String(i + 2))};height:${height(CARD, GAP, width >= WIDE_FOOTER ? 2 : 3)}}}`,
    ),
    `@container (min-width:${WIDE_FOOTER}em) and (width<${COLUMN_BREAKS[1]}em){${el}:not([layout=compact])::before{height:${height(CARD, GAP, 2)}}}`,
    `${el}[layout=compact]::before{--_rows:var(--research-snapshot-cards,1);height:${height(COMPACT, COMPACT_GAP, 3)}}`,
    `@container (min-width:${WIDE_FOOTER}em){${el}[layout=compact]::before{height:${height(COMPACT, COMPACT_GAP, 2)}}}`,
    // Paper gets the data or nothing: no empty box.
    `@media print{${el}::before{content:none}}`,
  ];
  // In a cascade layer: any rule of the page wins over these, as it wins over the element's own :host styles,
  // so that a theme's width for its content (WordPress's constrained layout, say) applies before the upgrade too.
  return `/* Reserves <research-snapshot>'s space until its script has run. Set --research-snapshot-cards to the number of tickers. */\n@layer research-snapshot-reserve{\n${rules.join('\n')}\n}\n`;
}
