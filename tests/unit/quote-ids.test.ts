import { describe, expect, test } from 'vitest';
import { quoteId } from '../../tooling/quotes/quote-ids.ts';

describe('quote ids', () => {
	test('speaker, day and first words; lengthened until unique, never reused', () => {
		const taken = new Set<string>();
		const first = quoteId('le-xuan-minh', '2025-10-08', 'Situasi keamanan siber dan kejahatan', taken);
		expect(first).toBe('le-xuan-minh-2025-10-08-situasi-keamanan-siber');
		taken.add(first);
		expect(quoteId('le-xuan-minh', '2025-10-08', 'Situasi keamanan siber kita', taken)).toBe('le-xuan-minh-2025-10-08-situasi-keamanan-siber-kita');
		taken.add('x-2025-10-08-a-b-c');
		expect(quoteId('x', '2025-10-08', 'a b c', taken)).toBe('x-2025-10-08-a-b-c-2');
	});
});
