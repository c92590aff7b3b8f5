/** Small path helpers, named by their effect (as Starlight's utils/path.ts). Browser-safe. */

/**
 * The path with exactly one trailing slash added when it has none: how a site base is joined to a page path.
 * @example ensureTrailingSlash('/konvensi-hanoi') // → '/konvensi-hanoi/'
 */
export function ensureTrailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

