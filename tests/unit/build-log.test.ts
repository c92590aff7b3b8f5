import { describe, expect, test } from 'vitest';
import { routeGroupTimes } from '../../scripts/bench/build-log.ts';

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
