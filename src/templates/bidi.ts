import { html, nothing, type TemplateResult } from 'lit';

/**
 * Bidirectional text. Every value from the endpoint, and every number, is
 * isolated from the sentence around it, so that "Amazon.com, Inc." keeps its
 * period at its end and "-0.24%" its sign beside its number in a
 * right-to-left panel, and an English sentence keeps its order on a
 * right-to-left page.
 */

/** Arabic script or marks: a number Intl wrote for a right-to-left language. */
const ARABIC = /[\u0600-\u06ff\u200f]/;

/** A formatted number, isolated in the direction it was written in. */
export function number(text: string): TemplateResult {
  return html`<span dir=${ARABIC.test(text) ? 'rtl' : 'ltr'}>${text}</span>`;
}

/**
 * A catalog sentence with `value` in it, the value isolated (`<bdi>`) and,
 * when the endpoint said which, marked with its language.
 */
export function withValue(said: string, value: string | undefined, lang?: string): TemplateResult | string {
  const at = value ? said.indexOf(value) : -1;
  if (at < 0 || !value) return said;
  return html`${said.slice(0, at)}<bdi lang=${lang ?? nothing}>${value}</bdi>${said.slice(at + value.length)}`;
}
