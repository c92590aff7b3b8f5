import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small raw article in the seeds' format: one known outlet, a date line, two paragraphs, a source URL. */
export const goodRawArticle = `Vietnam.vn - Nền tảng quảng bá Việt Nam

Judul artikel uji

Paragraf pembuka yang cukup panjang.

Báo Tin TứcBáo Tin Tức08/10/2025

Paragraf kedua.

Sumber: https://baotintuc.vn/uji.htm

Komentar (0)
`;

/**
 * A throwaway project for the importer: content/outlets copied from the real one, a `sources` folder holding the
 * given raw files and an empty `out` folder; `snapshot()` reads back every page written to `out`.
 * @example const { options, snapshot } = importProject({ 'a.txt': goodRawArticle });
 */
export function importProject(files: Record<string, string | Uint8Array> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'importer-test-'));
	cpSync('content/outlets', join(root, 'content/outlets'), { recursive: true });
	mkdirSync(join(root, 'sources'));
	mkdirSync(join(root, 'out'));
	for (const [name, data] of Object.entries(files)) writeFileSync(join(root, 'sources', name), data);
	const options = { from: join(root, 'sources'), to: join(root, 'out'), root };
	const snapshot = () => Object.fromEntries(readdirSync(options.to).sort().map((f) => [f, readFileSync(join(options.to, f), 'utf8')]));
	return { root, options, snapshot };
}
