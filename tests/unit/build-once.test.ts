import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildOnce, buildOncePerKey } from '../../src/utils/build-once.ts';

afterEach(() => vi.unstubAllEnvs());

describe('buildOnce', () => {
	test('in a build, reads once and gives every caller the same result', async () => {
		vi.stubEnv('DEV', false);
		const read = vi.fn(async () => ({ value: 1 }));
		const once = buildOnce(read);
		const [a, b] = await Promise.all([once(), once()]);
		expect(await once()).toBe(a);
		expect(b).toBe(a);
		expect(read).toHaveBeenCalledTimes(1);
	});
	test('caches a plain value as well as a promise', () => {
		vi.stubEnv('DEV', false);
		const read = vi.fn(() => new Map([['a', 1]]));
		const once = buildOnce(read);
		expect(once()).toBe(once());
		expect(read).toHaveBeenCalledTimes(1);
	});
	test('in dev, reads afresh on every call', async () => {
		vi.stubEnv('DEV', true);
		const read = vi.fn(async () => ({ value: 1 }));
		const once = buildOnce(read);
		await once();
		await once();
		expect(read).toHaveBeenCalledTimes(2);
	});
});

describe('buildOncePerKey', () => {
	test('in a build, reads once per key', async () => {
		vi.stubEnv('DEV', false);
		const read = vi.fn(async (key: string) => key.toUpperCase());
		const once = buildOncePerKey(read);
		expect(await once('a')).toBe('A');
		expect(await once('b')).toBe('B');
		expect(await once('a')).toBe('A');
		expect(read.mock.calls).toEqual([['a'], ['b']]);
	});
	test('in dev, reads afresh on every call', async () => {
		vi.stubEnv('DEV', true);
		const read = vi.fn(async (key: string) => key);
		const once = buildOncePerKey(read);
		await once('a');
		await once('a');
		expect(read).toHaveBeenCalledTimes(2);
	});
});
