import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cachedShareImage, type ShareImageRenderer } from '../../src/build/share-image-cache.ts';
import { shareImageSvg } from '../../src/utils/share-image.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A renderer that counts its calls and returns bytes derived from the SVG and a call number. */
function countingRenderer(key = 'renderer-1'): ShareImageRenderer & { calls: number } {
	const renderer = {
		key,
		calls: 0,
		render: async (svg: string) => {
			renderer.calls += 1;
			return new TextEncoder().encode(`png ${renderer.calls} of ${svg.length}`);
		},
	};
	return renderer;
}

function cacheDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'share-image-cache-'));
	dirs.push(dir);
	return join(dir, 'cards');
}

describe('share image cache', () => {
	const card = { site: 'Konvensi Hanoi', title: 'Apa itu Konvensi Hanoi?', label: 'Penjelasan' };

	test('returns the stored card for the same content without rendering again', async () => {
		const dir = cacheDir();
		const renderer = countingRenderer();
		const first = await cachedShareImage(shareImageSvg(card), renderer, dir);
		const second = await cachedShareImage(shareImageSvg(card), renderer, dir);
		expect(renderer.calls).toBe(1);
		expect(second).toEqual(first);
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	test('renders anew when the title, the label or the renderer changes', async () => {
		const dir = cacheDir();
		const renderer = countingRenderer();
		await cachedShareImage(shareImageSvg(card), renderer, dir);
		await cachedShareImage(shareImageSvg({ ...card, title: 'Siapa yang menandatangani?' }), renderer, dir);
		await cachedShareImage(shareImageSvg({ ...card, label: 'Artikel' }), renderer, dir);
		expect(renderer.calls).toBe(3);
		const newFonts = countingRenderer('renderer-2');
		await cachedShareImage(shareImageSvg(card), newFonts, dir);
		expect(newFonts.calls).toBe(1);
		expect(readdirSync(dir)).toHaveLength(4);
	});
});
