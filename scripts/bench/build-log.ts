/** Reads the per-route timings that `astro build` prints ("├─ /artikel/x/index.html (+12ms)") to see what a build spends on. */

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
	for (const match of log.matchAll(routeLine)) {
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
