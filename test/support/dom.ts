import { waitUntil } from '@open-wc/testing';
import type { ResearchSnapshot } from '../../src/research-snapshot.js';

/** A new, unattached `<research-snapshot>` with these attributes. */
export function element(attributes: Record<string, string>): ResearchSnapshot {
  const el = document.createElement('research-snapshot') as ResearchSnapshot;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

export function shadow(el: ResearchSnapshot): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no open shadow root');
  return el.shadowRoot;
}

/** Waits until the panel has left its loading state. */
export async function settled(el: ResearchSnapshot, timeout = 5000): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector('.panel')?.getAttribute('aria-busy') === 'false',
    'the panel did not leave its loading state',
    { timeout },
  );
  await el.updateComplete;
}

export function cards(el: ResearchSnapshot): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part="card"]')];
}

export function card(el: ResearchSnapshot, ticker: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[part="card"][data-ticker="${ticker}"]`);
  if (!found) throw new Error(`no card for ${ticker}`);
  return found;
}

/** Visible text with white space collapsed. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(root: Element | ShadowRoot, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[part~="${name}"]`);
}
