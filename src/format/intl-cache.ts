/** Intl formatters are costly to build: keep one per locale and options. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, locale: string, options: object, create: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = create();
    cache.set(key, format);
  }
  return format;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRule = (locale: string): Intl.PluralRules => cached(pluralRules, locale, {}, () => new Intl.PluralRules(locale));

export const listFormat = (locale: string): Intl.ListFormat =>
  cached(listFormats, locale, {}, () => new Intl.ListFormat(locale, { type: 'conjunction' }));

const warmed = new Set<string>();

/**
 * The first formatter of each kind on a page makes the engine load its locale
 * data, a long task on a slow phone. Called while a request is in flight, this
 * builds them in idle time, one kind per task, so that the render which
 * follows the response does not pay for them.
 */
export function warmFormats(locale: string, steps: (() => unknown)[]): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const idle: (callback: () => void) => unknown = globalThis.requestIdleCallback ?? ((callback) => setTimeout(callback, 1));
  const next = (): void => {
    try {
      steps.shift()?.();
    } catch {
      // An engine without a formatter here fails the same way at render time, where it is handled.
    }
    if (steps.length) idle(next);
  };
  idle(next);
}
