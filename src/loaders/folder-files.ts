import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of a content folder, as our loaders read it. */
export interface FolderFile {
	/** File name, e.g. `en.json`. */
	name: string;
	/** Path from the project root, e.g. `content/quotes/x.yaml`, for error messages. */
	path: string;
	text: string;
}

/**
 * Every file of a content folder that ends with `ext`, in name order, read as UTF-8: the part our loaders share.
 * (Astro's `glob()` does the same but gives each file exactly one entry, with a file path; see each loader for why
 * that does not fit it.)
 * @example (await folderFiles('./content/i18n', '.json', config.root)).map((file) => file.name) // → ['en.json', 'id.json']
 */
export async function folderFiles(dir: string, ext: string, projectRoot: URL): Promise<FolderFile[]> {
	const folder = fileURLToPath(new URL(dir.replace(/^\.\//, ''), projectRoot));
	const names = (await readdir(folder)).filter((name) => name.endsWith(ext)).sort();
	return Promise.all(
		names.map(async (name) => ({ name, path: relative(fileURLToPath(projectRoot), join(folder, name)), text: await readFile(join(folder, name), 'utf8') })),
	);
}
