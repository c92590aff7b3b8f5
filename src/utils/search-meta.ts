import { asciiFold } from './ascii-fold.ts';

/** What a search result is, for the search filter and the label on each result. */
export const searchPageTypes = ['explainer', 'article', 'quote', 'person', 'other'] as const;
export type SearchPageType = (typeof searchPageTypes)[number];

/**
 * The search type of a page, from its frontmatter `pageType` and its id without the locale folder. The schema's
 * page types have no quote or person: those pages are generated under `kutipan/` and `tokoh/`, so their path says it.
 * @example searchPageType('tokoh/luong-tam-quang', 'page') // → 'person'
 */
export function searchPageType(id: string, pageType: string | undefined): SearchPageType {
	const path = id.replace(/^en\//, '');
	if (pageType === 'article' || pageType === 'explainer') return pageType;
	if (/^kutipan(\/|$)/.test(path)) return 'quote';
	if (/^tokoh\//.test(path)) return 'person';
	return 'other';
}

/**
 * The record id of a quote or person page (the last part of its path), or undefined for any other page.
 * @example searchRecordId('en/kutipan/le-xuan-minh-2025-10-08-a') // → 'le-xuan-minh-2025-10-08-a'
 */
export function searchRecordId(id: string): string | undefined {
	return /^(?:en\/)?(?:kutipan|tokoh)\/([^/]+)\/?$/.exec(id)?.[1];
}

/**
 * The spellings of a name a reader may type, each once: as articles write it, with diacritics, aliases,
 * and a plain ASCII form (Vietnamese "đ" has no decomposition, so it is folded by hand).
 * @example nameSpellings('Le Xuan Minh', 'Lê Xuân Minh') // → ['Le Xuan Minh', 'Lê Xuân Minh']
 */
export function nameSpellings(name: string, nativeName?: string, aliases: readonly string[] = []): string[] {
	const forms = [name, nativeName, ...aliases].filter((form): form is string => Boolean(form?.trim()));
	const withAscii = forms.flatMap((form) => [form, asciiFold(form)]);
	const seen = new Set<string>();
	return withAscii.filter((form) => {
		const key = form.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
