/**
 * Memoising for data every page of a build asks for: a build reads it once and all pages share the result; the
 * dev server, where content changes between requests, reads afresh on each call. Callers must not mutate the result.
 */

/**
 * Wraps a read (a promise or a plain value) so a build does it once.
 * @example const outlets = buildOnce(() => getCollection('outlets')); await outlets(); // the second call reads nothing
 */
export function buildOnce<T>(read: () => T): () => T {
	let cached: { value: T } | undefined;
	return () => (import.meta.env.DEV ? read() : (cached ??= { value: read() }).value);
}

/**
 * Wraps a read that takes a key (a page id, a locale) so a build does it once per key.
 * @example const keys = buildOncePerKey((pageId) => citationKeysOf(pageId)); await keys('konvensi');
 */
export function buildOncePerKey<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
	const cached = new Map<string, Promise<T>>();
	return (key) => {
		if (import.meta.env.DEV) return read(key);
		let value = cached.get(key);
		if (!value) cached.set(key, (value = read(key)));
		return value;
	};
}
