/**
 * Reads the per-route timings that `astro build` prints ("├─ /artikel/x/index.html (+12ms)") to see what a build spends
 * on. Astro colours its log whenever CI or FORCE_COLOR is set, even into a pipe, so each reader strips the colour codes.
 */
import { stripVTControlCharacters } from 'node:util';

export interface RouteGroupTime {
	/** First path segment, kept with the next one under `en/` and `og/`: `artikel`, `en/kutipan`, `og/artikel`. */
	group: string;
	routes: number;
	ms: number;
}

/** A route line, its time possibly pushed to a later line by interleaved warnings. */
const routeLine = /─ \/(\S*?)(?:index\.html)?(?:\s|\d\d:\d\d:\d\d \[[A-Z]+\][^\n]*\n)*?\s*\(\+([\d.]+)(m?s)\)/gu;

/**
 * Build time per group of routes, most expensive first.
 * @example routeGroupTimes('├─ /artikel/a/index.html (+12ms)\n├─ /artikel/b/index.html (+8ms)') // → [{ group: 'artikel', routes: 2, ms: 20 }]
 */
export function routeGroupTimes(log: string): RouteGroupTime[] {
	const groups = new Map<string, RouteGroupTime>();
	for (const match of stripVTControlCharacters(log).matchAll(routeLine)) {
		const segments = match[1]!.split('/').filter(Boolean);
		const depth = segments[0] === 'en' || segments[0] === 'og' ? 2 : 1;
		const group = segments.length > depth ? segments.slice(0, depth).join('/') : '(single pages)';
		const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		const entry = groups.get(group) ?? { group, routes: 0, ms: 0 };
		entry.routes++;
		entry.ms += ms;
		groups.set(group, entry);
	}
	return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * Seconds of a duration as Astro prints it: "24.55s", "3m 28s", "412ms".
 * @example durationSeconds('3m 28s') // → 208
 */
export function durationSeconds(text: string): number {
	const match = /^(?:(\d+)m\s*)?(?:([\d.]+)(m?s))?$/u.exec(text.trim());
	if (!match || (!match[1] && !match[2])) return Number.NaN;
	return Number(match[1] ?? 0) * 60 + (match[2] ? Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : 0);
}

/** Seconds of each part of a build, from the lines Astro and the project's integrations print when each ends; NaN where a line is missing. */
export interface BuildPhases {
	/** Content sync and the rest of Astro's setup. */
	setup: number;
	/** Emptying dist/ of the previous build's files (whole seconds, from the log's timestamps). */
	clearing: number;
	/** Vite bundling the pages and their scripts. */
	bundling: number;
	/** Rendering or reusing every route. */
	pages: number;
	/** Writing the search bundles, each indexed or taken from the cache (src/build/search-indexing.ts logs each). */
	searchBundles: number;
}

const durationIn = (log: string, pattern: RegExp) => durationSeconds(pattern.exec(log)?.[1] ?? '');
const timestampOf = (log: string, pattern: RegExp) => {
	const time = pattern.exec(log)?.[1]?.split(':').map(Number);
	return time ? time[0]! * 3600 + time[1]! * 60 + time[2]! : Number.NaN;
};

/**
 * The parts of a build from its log. Astro ends setup with "[build] ✓ Completed in …", empties dist/, logs
 * "Building static entrypoints...", ends page generation with an untagged "✓ Completed in …" and bundling plus
 * pages with a second "[build] ✓ Completed in …".
 * @example buildPhases(log).searchBundles // → 13.7
 */
export function buildPhases(colouredLog: string): BuildPhases {
	const log = stripVTControlCharacters(colouredLog);
	const [setup = Number.NaN, bundleAndPages = Number.NaN] = [...log.matchAll(/\[build\] ✓ Completed in ((?:\d+m )?[\d.]+m?s)/gu)].map((match) => durationSeconds(match[1]!));
	const pages = durationIn(log, /^\d\d:\d\d:\d\d ✓ Completed in ((?:\d+m )?[\d.]+m?s)/mu);
	const clearing = timestampOf(log, /^(\d\d:\d\d:\d\d) \[build\] Building static entrypoints/mu) - timestampOf(log, /^(\d\d:\d\d:\d\d) \[build\] ✓ Completed in/mu);
	const bundles = [...log.matchAll(/\] pagefind[\w-]*: \d+ pages [^\n]*? in (\d+) ms$/gmu)].map((match) => Number(match[1]) / 1000);
	const searchBundles = bundles.length === 0 ? Number.NaN : bundles.reduce((sum, seconds) => sum + seconds, 0);
	return { setup, clearing, bundling: bundleAndPages - pages, pages, searchBundles };
}

/**
 * The paths the incremental build took from its cache instead of rendering them ("├─ /a/index.html (restored)").
 * @example restoredRoutes('├─ /a/index.html (restored)\n├─ /b/index.html (+4ms)') // → ['/a/index.html']
 */
export function restoredRoutes(log: string): string[] {
	return Array.from(stripVTControlCharacters(log).matchAll(/─ (\/\S+)\s+\((?:cached|restored)\)/gu), (match) => match[1]!);
}

/**
 * How many routes the incremental build took from its cache instead of rendering them.
 * @example reusedRoutes('├─ /a/index.html (restored)\n├─ /b/index.html (+4ms)') // → 1
 */
export const reusedRoutes = (log: string): number => restoredRoutes(log).length;
