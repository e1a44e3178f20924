import { numberFormat } from './intl-cache.js';

export const DEFAULT_LOCALE = 'en-US';

/** `$423.62` */
export function formatPrice(price: number, currency: string, locale = DEFAULT_LOCALE): string {
  return numberFormat(locale, { style: 'currency', currency }).format(price);
}

/** `-0.24%`, `+0.35%`, `0.00%`: always two decimals, a sign unless zero. */
export function formatChange(changePercent: number, locale = DEFAULT_LOCALE): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(changePercent / 100);
}

/** The direction a change is told in words, not colour alone. */
export function changeDirection(changePercent: number): 'up' | 'down' | 'flat' {
  const rounded = Math.round(changePercent * 100);
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
}

/**
 * Scores are shown with at most one decimal, truncated rather than rounded, so
 * that a score shown as 79.9 never reads as 80 beside a "Moderate" label.
 */
export function formatScore(score: number, locale = DEFAULT_LOCALE): string {
  return numberFormat(locale, { maximumFractionDigits: 1, roundingMode: 'trunc' } as Intl.NumberFormatOptions).format(score);
}

/** The direction Intl wrote a number in: right to left in Arabic script or with a right-to-left mark. */
export const numberDirection = (text: string): 'rtl' | 'ltr' => (/[\u0600-\u06ff\u200f]/.test(text) ? 'rtl' : 'ltr');
