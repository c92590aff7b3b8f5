import { describe, expect, test } from 'vitest';
import { buildDate } from '../../src/utils/build-date.ts';

describe('buildDate', () => {
	test('is the time SOURCE_DATE_EPOCH gives, in seconds', () => {
		expect(buildDate({ SOURCE_DATE_EPOCH: '1761350400' }).toISOString()).toBe('2025-10-25T00:00:00.000Z');
	});
	test('is now when SOURCE_DATE_EPOCH is unset or empty', () => {
		for (const env of [{}, { SOURCE_DATE_EPOCH: '' }]) expect(Math.abs(buildDate(env).getTime() - Date.now())).toBeLessThan(60_000);
	});
	test('rejects a value that is not whole seconds, naming it', () => {
		expect(() => buildDate({ SOURCE_DATE_EPOCH: '2025-10-25' })).toThrow(/SOURCE_DATE_EPOCH.*"2025-10-25"/);
	});
});
