/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a route's page is rendered again only when its
 * `cacheKey` or the route's code changed. Astro hashes the code; the key must cover every piece of data the page
 * shows, or an edit leaves a stale page. So a key is made from the values the page renders, never from a
 * hand-picked summary of them.
 */

/** What every page with Starlight's frame shows from outside its own record. */
export interface SiteFrame {
	/** The interface strings of both languages (the `i18n` collection). */
	strings: unknown;
	/** The docs pages the sidebar links to, whose titles and sidebar frontmatter make its labels. */
	sidebarPages: unknown;
	/** Whether the header's search reads the archive's bundle after the site's (src/utils/search-bundles.ts). */
	searchArchive: boolean;
}

/** What src/route-data.ts and the page title add to one page from outside its own record. */
export interface PageFrame {
	/** The "last changed" date in the footer, from git and the corrections log. */
	lastChanged: Date | undefined;
	/** The share card the page's head points to. */
	shareCard: string;
	/** The corrections whose notice is shown under the title. */
	corrections: readonly unknown[];
}

/**
 * JSON with every object's keys sorted, so equal data always gives the same text. Dates are written as ISO strings
 * (their `toJSON`); a Map, Set, function, symbol or bigint throws, since JSON would drop or reject it and a key
 * that silently leaves data out is the stale-page bug this guards against.
 * @example stableJson({ b: 1, a: [new Date(0)] }) // → '{"a":["1970-01-01T00:00:00.000Z"],"b":1}'
 */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (key, item: unknown) => {
		if (item instanceof Map || item instanceof Set || ['function', 'symbol', 'bigint'].includes(typeof item)) {
			throw new TypeError(`stableJson: ${key || 'the value'} is a ${item instanceof Map ? 'Map' : item instanceof Set ? 'Set' : typeof item}, which JSON cannot keep`);
		}
		if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
		return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	});
}

/**
 * The cache key of data: the hex SHA-256 of its {@link stableJson}.
 * @example await cacheKey({ svg: '<svg…>' }) // → '3f1c…' (64 hex digits)
 */
export async function cacheKey(shown: unknown): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(stableJson(shown)));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The site frame's key, hashed once per frame object: every page of a build shares one (callers must not mutate it). */
const siteFrameKeys = new WeakMap<SiteFrame, Promise<string>>();

/**
 * The cache key of a page drawn in Starlight's frame: its own data (the route's props), the site's frame and what
 * the head, title and footer add to this page.
 * @example await starlightPageKey({ shown: { quote }, site, page }) // → changes when any of them does
 */
export async function starlightPageKey({ shown, site, page }: { shown: unknown; site: SiteFrame; page: PageFrame }): Promise<string> {
	let siteKey = siteFrameKeys.get(site);
	if (!siteKey) siteFrameKeys.set(site, (siteKey = cacheKey(site)));
	return cacheKey({ shown, site: await siteKey, page });
}
