import { intlLocale } from './intl-locale.ts';
import type { Locale } from './urls.ts';

/** What a timeline entry needs for ordering and display (the `timeline` collection's data). */
export interface EventDating {
	date: Date;
	precision: 'day' | 'month' | 'year';
	endDate?: Date | undefined;
}

const formatOptions: Record<EventDating['precision'], Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	year: { year: 'numeric', timeZone: 'UTC' },
};

/**
 * Formats an event's date as precisely as its sources allow; a multi-day event reads as a range.
 * @example formatEventDate({ date: new Date('2025-10-25'), precision: 'day', endDate: new Date('2025-10-26') }, 'id') // → '25–26 Oktober 2025'
 */
export function formatEventDate(event: EventDating, locale: Locale): string {
	const format = new Intl.DateTimeFormat(intlLocale[locale], formatOptions[event.precision]);
	if (!event.endDate) return format.format(event.date);
	// en-GB spaces the dash (thin spaces) between two days of one month ("25 – 26 October"); an editor would close it up.
	return format.formatRange(event.date, event.endDate).replace(/(\d)\s–\s(\d)/u, '$1–$2');
}

/**
 * Orders events oldest first; on the same start date, the shorter event first.
 * @example [b, a].sort(compareEvents) // a: 2019-12-27, b: 2024-12-24 → [a, b]
 */
export function compareEvents(a: EventDating, b: EventDating): number {
	return a.date.getTime() - b.date.getTime() || (a.endDate ?? a.date).getTime() - (b.endDate ?? b.date).getTime();
}

/**
 * The machine-readable date of an event for a `<time datetime>`, no more precise than its sources.
 * @example eventDatetime({ date: new Date('2026-05-01'), precision: 'month' }) // → '2026-05'
 */
export function eventDatetime(event: EventDating): string {
	const iso = event.date.toISOString();
	return event.precision === 'day' ? iso.slice(0, 10) : event.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
