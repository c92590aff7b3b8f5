import type { Locale } from './urls.ts';

/**
 * The tag Intl formatters and collators get for each site locale: Indonesian as written in Indonesia, and British
 * English, whose day-month-year order matches the Indonesian pages. Browser-safe.
 * @example new Intl.DateTimeFormat(intlLocale.en, { month: 'long' }).format(new Date('2025-10-25')) // → 'October'
 */
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
