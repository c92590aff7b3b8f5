import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { buildCacheDir, writeThenRename } from './cache-files.ts';

/** Where rendered share cards are kept between builds. */
export const shareImageCacheDir = buildCacheDir('share-images');

/** Bump when the way an SVG becomes a PNG changes in a way its SVG text does not show (e.g. new PNG options). */
export const shareImageRenderVersion = 1;

export interface ShareImageRenderer {
	/** Everything besides the SVG text that decides the PNG's pixels: renderer versions, options, installed fonts. */
	key: string;
	render: (svg: string) => Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * A fingerprint of the system fonts the SVG's font names can resolve to (names, sizes, dates of the font files):
 * installing or updating a font changes it, so cards drawn with the old font are rendered again.
 */
export function systemFontsFingerprint(dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts')]): string {
	const hash = createHash('sha256');
	for (const dir of dirs) {
		if (!existsSync(dir)) continue;
		const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort();
		for (const path of entries) {
			const { size, mtimeMs } = statSync(path);
			hash.update(`${path}\0${size}\0${Math.round(mtimeMs)}\n`);
		}
	}
	return hash.digest('hex');
}

/** The cache key of one card: a hash of its SVG (which holds its text and the template) and of the renderer's key. */
export function shareImageKey(svg: string, rendererKey: string): string {
	return createHash('sha256').update(`${shareImageRenderVersion}\0${rendererKey}\0${svg}`).digest('hex');
}

/**
 * The PNG of a share card: read from `dir` when a card with the same content and renderer was rendered before,
 * else rendered and stored (whole or not at all).
 */
export async function cachedShareImage(svg: string, renderer: ShareImageRenderer, dir = shareImageCacheDir): Promise<Uint8Array<ArrayBuffer>> {
	const file = join(dir, `${shareImageKey(svg, renderer.key)}.png`);
	if (existsSync(file)) return new Uint8Array(readFileSync(file));
	const png = await renderer.render(svg);
	mkdirSync(dir, { recursive: true });
	await writeThenRename(file, (temporary) => writeFileSync(temporary, png));
	return png;
}
