import { html, nothing, type TemplateResult } from 'lit';
import { numberDirection } from '../format/numbers.js';

/**
 * Bidirectional text. Every value from the endpoint, and every number, is
 * isolated from the sentence around it, so that "Amazon.com, Inc." keeps its
 * period at its end and "-0.24%" its sign beside its number in a
 * right-to-left panel, and an English sentence keeps its order on a
 * right-to-left page.
 */

/** A currency symbol in Latin letters ("US$", "CHF"): one word, whatever the direction around it. */
const LATIN_SYMBOL = /[A-Za-z]+[^\s\d\u200e\u200f]*/;

/**
 * A formatted number, isolated in the direction it was written in. In a
 * right-to-left one, a symbol in Latin letters is isolated too, so that
 * "US$" is not drawn as "$US".
 */
export function number(text: string): TemplateResult {
  if (numberDirection(text) === 'ltr') return html`<span dir="ltr">${text}</span>`;
  const symbol = LATIN_SYMBOL.exec(text);
  if (!symbol) return html`<span dir="rtl">${text}</span>`;
  const end = symbol.index + symbol[0].length;
  return html`<span dir="rtl">${text.slice(0, symbol.index)}<bdi>${symbol[0]}</bdi>${text.slice(end)}</span>`;
}

/** Stands for the value while the catalog writes its sentence: a private-use character no message holds. */
const MARK = '\uE000';

/**
 * A catalog sentence about `value`, the value isolated (`<bdi>`) where the
 * sentence puts it and, when the endpoint said which, marked with its
 * language. Where that is, the catalog tells by writing the sentence around a
 * mark: of the places the value appears (also inside a word, as "F" in "Full
 * research on F"), the one nearest the mark's (a catalog may write the words
 * before it differently for the real value, as French elides "de").
 */
export function withValue<V extends string | undefined>(message: (value: V) => string, value: V, lang?: string): TemplateResult | string {
  const said = message(value);
  if (!value) return said;
  const mark = message(MARK as V).indexOf(MARK);
  let at = -1;
  for (let i = said.indexOf(value); i >= 0; i = said.indexOf(value, i + 1)) {
    if (at < 0 || Math.abs(i - mark) < Math.abs(at - mark)) at = i;
  }
  if (at < 0) return said;
  return html`${said.slice(0, at)}<bdi lang=${lang ?? nothing}>${value}</bdi>${said.slice(at + value.length)}`;
}
