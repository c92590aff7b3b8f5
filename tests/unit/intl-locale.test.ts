import { describe, expect, test } from 'vitest';
import { intlLocale } from '../../src/utils/intl-locale.ts';
import { locales } from '../../src/utils/urls.ts';

describe('intlLocale', () => {
	test('has a tag for every site locale that Intl supports', () => {
		for (const locale of locales) expect(Intl.DateTimeFormat.supportedLocalesOf(intlLocale[locale])).toEqual([intlLocale[locale]]);
	});
	test('writes dates day first in both languages, with the month spelt out', () => {
		const format = (locale: keyof typeof intlLocale) =>
			new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2025-10-25'));
		expect(format('id')).toBe('25 Oktober 2025');
		expect(format('en')).toBe('25 October 2025');
	});
});
