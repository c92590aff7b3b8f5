import { describe, expect, test } from 'vitest';
import { buildPhases, restoredRoutes, reusedRoutes, routeGroupTimes } from '../../scripts/bench/build-log.ts';

describe('route timings from the astro build log', () => {
	test('groups routes by section, keeps en/ and og/ apart, and reads times pushed down by warnings', () => {
		const log = [
			' generating static routes ',
			'10:45:06   ├─ /artikel/a/index.html (+12ms) ',
			'10:45:06   ├─ /en/kutipan/x/index.html10:45:06 [WARN] [content] Entry docs → en/kutipan/x was not found.',
			' (+8ms) ',
			'10:45:06   ├─ /og/artikel/a.png (+1.5s) ',
			'10:45:06   ├─ /artikel/b/index.html (+20ms) ',
			'10:45:06   ├─ /index.html (+4ms) ',
		].join('\n');
		expect(routeGroupTimes(log)).toEqual([
			{ group: 'og/artikel', routes: 1, ms: 1500 },
			{ group: 'artikel', routes: 2, ms: 32 },
			{ group: 'en/kutipan', routes: 1, ms: 8 },
			{ group: '(single pages)', routes: 1, ms: 4 },
		]);
	});
});

describe('the parts of a build from its log', () => {
	const log = [
		'10:00:00 [content] Syncing content',
		'10:00:07 [build] ✓ Completed in 10.40s.',
		'10:00:23 [build] Building static entrypoints...',
		' generating static routes ',
		'10:00:41   ├─ /kutipan/a/index.html (restored)',
		'10:00:41   ├─ /og/a.png',
		' (restored)',
		'10:00:41   ├─ /artikel/a/index.html (+12ms) ',
		'10:02:33 ✓ Completed in 1m 52s.',
		'10:02:33 [build] ✓ Completed in 2m 10s.',
		'10:02:47 [search-indexes-and-headers] pagefind: 5109 pages indexed in 3512 ms',
		'10:02:48 [search-indexes-and-headers] pagefind-quotes: 2844 pages unchanged, taken from the cache in 577 ms',
	].join('\n');

	test('reads setup, emptying dist/, bundling, pages and the search bundles, indexed or copied', () => {
		expect(buildPhases(log)).toEqual({ setup: 10.4, clearing: 16, bundling: 18, pages: 112, searchBundles: 4.089 });
	});

	test('counts the routes taken from the incremental cache, and not the rendered ones', () => {
		expect(restoredRoutes(log)).toEqual(['/kutipan/a/index.html', '/og/a.png']);
		expect(reusedRoutes(log)).toBe(2);
		expect(routeGroupTimes(log)).toEqual([{ group: 'artikel', routes: 1, ms: 12 }]);
	});

	test('reads the log as Astro colours it when CI or FORCE_COLOR is set, even into a pipe', () => {
		const colour = (code: number, text: string, end = 39) => `\u001b[${code}m${text}\u001b[${end}m`;
		const coloured = log
			.replace(/^(\d\d:\d\d:\d\d)/gmu, (time) => colour(2, time, 22))
			.replace(/├─ (\S+)/gu, (_line, path: string) => `${colour(32, '├─')} ${colour(2, path, 22)}`)
			.replace(/\((restored|\+12ms)\)/gu, (time) => colour(32, time));
		expect(coloured).not.toBe(log);
		expect(restoredRoutes(coloured)).toEqual(restoredRoutes(log));
		expect(routeGroupTimes(coloured)).toEqual(routeGroupTimes(log));
		expect(buildPhases(coloured)).toEqual(buildPhases(log));
	});

	test('a phase whose line is missing is NaN', () => {
		expect(buildPhases('').searchBundles).toBeNaN();
	});
});
