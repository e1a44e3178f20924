/**
 * Finds text the reader cannot see whole: for every part of a panel that
 * carries a fact, each line of its text must lie inside every ancestor that
 * clips (overflow other than visible), inside its card and its panel, and
 * clear of the text of every other part.
 *
 * Two things may be shortened, as the panel's design says:
 * - a company name with an ellipsis, while its ticker is shown beside it;
 * - the explanation, cut at a whole line, while its More button is shown.
 * Text a layout leaves to screen readers on purpose (the visually-hidden
 * pattern: 1 × 1 px, clipped to nothing) is not drawn, so it is not checked.
 */

export interface Problem {
  part: string;
  ticker?: string;
  text: string;
  problem: string;
}

/** The parts that carry a fact, by selector inside the shadow root. */
const PARTS: Record<string, string> = {
  heading: '[part="heading"]',
  subheading: '[part="subheading"]',
  name: '[part="name"]',
  ticker: '[part="ticker"]',
  sector: '[part="sector"]',
  score: '.score-value',
  label: '[part="label"]',
  price: '.price-value',
  change: '[part="change"]',
  time: '.price-time',
  explanation: '[part="explanation"]',
  coverage: '[part="coverage"]',
  status: '[part="status"]',
  link: '[part="link"]',
  more: '[part="more"]',
  retry: '[part="retry"]',
  message: '[part="message"]',
  stale: '[part="stale"]',
  footer: '[part="footer"]',
};

const SLACK = 0.75;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  right: Math.min(a.right, b.right),
  top: Math.max(a.top, b.top),
  bottom: Math.min(a.bottom, b.bottom),
});

const drawn = (rect: Box) => rect.right - rect.left > 0.5 && rect.bottom - rect.top > 0.5;

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - SLACK &&
    inner.right <= outer.right + SLACK &&
    inner.top >= outer.top - SLACK &&
    inner.bottom <= outer.bottom + SLACK
  );
}

function overlap(a: Box, b: Box): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 1.5 && y > 1.5;
}

/** The padding box of a clipping element: what it lets show. */
function clipBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const left = rect.left + element.clientLeft;
  const top = rect.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

function clips(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

/** Left to screen readers on purpose: the visually-hidden pattern, or not rendered at all. */
function undrawn(element: Element, root: ShadowRoot): boolean {
  for (let node: Element | null = element; node && node !== root.host; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    const rect = node.getBoundingClientRect();
    if (style.clipPath === 'inset(50%)' && rect.width <= 1 && rect.height <= 1) return true;
  }
  return false;
}

/** The rectangles of the text inside `element`, one per line fragment, that are drawn. */
function textRects(element: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || undrawnText(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    rects.push(...[...range.getClientRects()].filter(drawn));
  }
  // Slotted fallback text is in the shadow tree; slotted light-DOM text is the publisher's and not checked.
  return rects;
}

function undrawnText(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  const root = parent.getRootNode();
  return root instanceof ShadowRoot && undrawn(parent, root);
}

function isShortenedName(element: Element): boolean {
  if (element.getAttribute('part') !== 'name') return false;
  const ticker = element.parentElement?.querySelector('[part="ticker"]');
  if (!ticker) return false;
  const style = getComputedStyle(element);
  return style.textOverflow === 'ellipsis' && ticker.getBoundingClientRect().width > 1;
}

/** An explanation may be cut at a whole line while its More button is there to show the rest. */
function isClampedExplanation(element: Element): boolean {
  if (element.getAttribute('part') !== 'explanation') return false;
  const more = element.closest('.card')?.querySelector('[part="more"]');
  if (!more) return false;
  const rect = more.getBoundingClientRect();
  if (getComputedStyle(more).display === 'none' || rect.width < 1) return false;
  // Cut at a whole line: the visible height is a whole number of lines (engines may round each line box to a pixel).
  const style = getComputedStyle(element);
  const line = parseFloat(style.lineHeight);
  const lines = Math.round(element.clientHeight / line);
  return lines > 0 && Math.abs(element.clientHeight - lines * line) <= lines;
}

/** Every fact of `host`'s panel that is cut, spills out or is overlapped. */
export function findClipped(host: Element): Problem[] {
  const root = host.shadowRoot;
  if (!root) throw new Error('no open shadow root');
  const problems: Problem[] = [];
  const seen: { part: string; element: Element; rects: Box[] }[] = [];
  const panel = root.querySelector('.panel');
  for (const [part, selector] of Object.entries(PARTS)) {
    for (const element of root.querySelectorAll(selector)) {
      if (undrawn(element, root)) continue;
      const allowed = isShortenedName(element) || isClampedExplanation(element);
      // What a shortened text shows is what lies inside its own box.
      const own = clipBox(element);
      const rects = textRects(element)
        .map((rect) => (allowed ? intersect(rect, own) : rect))
        .filter(drawn);
      if (!rects.length) continue;
      const ticker = element.closest<HTMLElement>('[data-ticker]')?.dataset.ticker;
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const report = (problem: string) => problems.push({ part, ...(ticker && { ticker }), text, problem });
      // Every clipping ancestor, then the card and the panel as outer bounds.
      const bounds: [string, Element][] = [];
      for (let node: Element | null = allowed ? element.parentElement : element; node && node !== host; node = node.parentElement) {
        if (node.matches('.card')) bounds.push(['its card', node]);
        else if (node === panel) bounds.push(['the panel', node]);
        else if (clips(node)) bounds.push([`a clipping ${node.localName}.${[...node.classList].join('.')}`, node]);
      }
      for (const [label, bound] of bounds) {
        const box = bound.matches('.card') || bound === panel ? bound.getBoundingClientRect() : clipBox(bound);
        const out = rects.filter((rect) => !inside(rect, box));
        if (out.length) {
          report(`${out.length} line(s) of text outside ${label}`);
          break;
        }
      }
      if (!allowed && element.scrollWidth > element.clientWidth + 1 && clips(element)) report('its text is wider than its box');
      seen.push({ part, element, rects });
    }
  }
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) {
      const a = seen[i];
      const b = seen[j];
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      if (a.rects.some((x) => b.rects.some((y) => overlap(x, y)))) {
        const ticker = a.element.closest<HTMLElement>('[data-ticker]')?.dataset.ticker;
        problems.push({
          part: a.part,
          ...(ticker && { ticker }),
          text: (a.element.textContent ?? '').trim().slice(0, 60),
          problem: `overlaps ${b.part}`,
        });
      }
    }
  }
  return problems;
}

/** The same, as readable lines for an assertion message. */
export function describeClipped(problems: Problem[]): string {
  return problems.map((p) => `${p.part}${p.ticker ? ` (${p.ticker})` : ''} "${p.text}": ${p.problem}`).join('\n');
}

/** The reader's text-spacing override of WCAG 1.4.12, as a stylesheet. */
export const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';
