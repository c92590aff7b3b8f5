import { describe, expect, test } from 'vitest';
import { ensureTrailingSlash } from '../../src/utils/path.ts';

describe('ensureTrailingSlash', () => {
	test('adds a slash to a path without one', () => {
		expect(ensureTrailingSlash('/konvensi-hanoi')).toBe('/konvensi-hanoi/');
		expect(ensureTrailingSlash('')).toBe('/');
	});
	test('leaves a path that ends in a slash as it is', () => {
		expect(ensureTrailingSlash('/')).toBe('/');
		expect(ensureTrailingSlash('/konvensi-hanoi/')).toBe('/konvensi-hanoi/');
	});
});
