import { intlLocale } from './intl-locale.ts';
import type { Locale } from './urls.ts';

const formatters: Record<Locale, Intl.DateTimeFormat> = {
	id: new Intl.DateTimeFormat(intlLocale.id, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat(intlLocale.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * Formats a calendar date for readers, in UTC so a date never shifts by a day.
 * @example formatDate(new Date('2025-10-25'), 'id') // → '25 Oktober 2025'
 */
export function formatDate(date: Date, locale: Locale): string {
	return formatters[locale].format(date);
}

/**
 * The ISO calendar date (YYYY-MM-DD) of a date, for `datetime` attributes and data exports.
 * @example isoDay(new Date('2025-10-25T00:00:00Z')) // → '2025-10-25'
 */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The year-month of a date (UTC), the value of the search's date filter.
 * @example yearMonth(new Date('2025-10-25')) // → '2025-10'
 */
export function yearMonth(date: Date): string {
	return date.toISOString().slice(0, 7);
}

const shortFormatters: Record<Locale, Intl.DateTimeFormat> = {
	id: new Intl.DateTimeFormat(intlLocale.id, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat(intlLocale.en, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/**
 * Day and abbreviated month, for tight labels such as a chart's rows.
 * @example formatShortDate(new Date('2025-10-25'), 'id') // → '25 Okt'
 */
export function formatShortDate(date: Date, locale: Locale): string {
	return shortFormatters[locale].format(date);
}

/**
 * A year-month (the search's date filter value) as readers say it.
 * @example formatYearMonth('2025-10', 'id') // → 'Oktober 2025'
 */
export function formatYearMonth(value: string, locale: Locale): string {
	const date = new Date(`${value}-01T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return value;
	return new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
