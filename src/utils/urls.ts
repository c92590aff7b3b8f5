import { ensureTrailingSlash } from './path.ts';

/** Locales of the site: Indonesian at the root, English under /en/. */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Turns a docs entry id into its page path under the site base, with a trailing slash.
 * @example pagePath('artikel/meningkatkan-kewaspadaan', '/') // → '/artikel/meningkatkan-kewaspadaan/'
 */
export function pagePath(id: string, base: string): string {
	const trimmedBase = ensureTrailingSlash(base);
	const trimmedId = id.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index$/, '');
	return trimmedId ? `${trimmedBase}${trimmedId}/` : trimmedBase;
}

/**
 * Prefixes an id with the locale's folder: none for Indonesian, `en/` for English.
 * @example localizedId('kutipan', 'en') // → 'en/kutipan'
 */
export function localizedId(id: string, locale: Locale): string {
	return locale === 'id' ? id : `${locale}/${id}`;
}

/**
 * The locale of a page from its id (a docs entry or route id): English under `en/`, Indonesian elsewhere.
 * @example idLocale('en/kutipan') // → 'en'
 */
export function idLocale(id: string): Locale {
	return id.startsWith('en/') ? 'en' : 'id';
}

/**
 * Reads the locale of a page from Astro's current locale (undefined or 'root' means Indonesian).
 * @example toLocale('en') // → 'en'
 */
export function toLocale(value: string | undefined): Locale {
	return value === 'en' ? 'en' : 'id';
}

/**
 * The locale of a page from its URL path: English under `<base>en/`, Indonesian elsewhere. Works where
 * Starlight's route data is not yet available (content rendered inside <StarlightPage>).
 * @example pathLocale('/en/kutipan/', '/') // → 'en'
 */
export function pathLocale(pathname: string, base: string): Locale {
	const prefix = `${ensureTrailingSlash(base)}en/`;
	return pathname.startsWith(prefix) || pathname === prefix.slice(0, -1) ? 'en' : 'id';
}

/**
 * The `[...locale]` route parameter of a locale: none at the root for Indonesian, `en` for English.
 * @example localeParam('en') // → 'en'
 */
export function localeParam(locale: Locale): string | undefined {
	return locale === 'id' ? undefined : locale;
}
