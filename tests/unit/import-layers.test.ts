/**
 * The folders say what a module may import: reads the import statements of every file under src/, tooling/ and
 * scripts/ and fails on one that reaches across its layer (README "Where things are").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * One layer: the folder it holds, the folders its modules may import from, and the packages they must not import.
 * A file belongs to the layer of the longest folder that contains it.
 */
interface Layer {
	folder: string;
	mayImport: readonly string[];
	forbiddenPackages?: RegExp;
}

// Node built-ins, with or without the `node:` prefix.
const nodeBuiltin = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`);
// Modules only the Astro build can resolve (`astro:content`, `astro:assets`, …).
const astroVirtual = /^astro:/;
const nodeOrAstro = new RegExp(`${nodeBuiltin.source}|${astroVirtual.source}`);

const layers: readonly Layer[] = [
	{ folder: 'src/schemas', mayImport: ['src/schemas'], forbiddenPackages: nodeOrAstro },
	{ folder: 'src/utils', mayImport: ['src/utils', 'src/schemas'], forbiddenPackages: nodeOrAstro },
	{ folder: 'src/data', mayImport: ['src/data', 'src/utils', 'src/schemas'], forbiddenPackages: nodeBuiltin },
	{ folder: 'src/loaders', mayImport: ['src/loaders', 'src/utils', 'src/schemas'], forbiddenPackages: astroVirtual },
	{ folder: 'src/build', mayImport: ['src/build', 'src/utils', 'src/schemas'], forbiddenPackages: astroVirtual },
	// Components render pages and hold the browser scripts: no Node, no build steps.
	{ folder: 'src/components', mayImport: ['src/components', 'src/utils', 'src/data', 'src/schemas', 'src/styles'], forbiddenPackages: nodeBuiltin },
	// Pages, integrations, content.config.ts, route-data.ts: site code, never the tools or the tests.
	{ folder: 'src', mayImport: ['src'] },
	{ folder: 'tooling/importer', mayImport: ['tooling/importer', 'src/utils', 'src/schemas'], forbiddenPackages: astroVirtual },
	{ folder: 'tooling/quotes', mayImport: ['tooling/quotes', 'tooling/importer', 'src/utils', 'src/schemas'], forbiddenPackages: astroVirtual },
	// The command-line wrappers and the bench run under plain Node: the browser helpers of tests/support, not astro:content.
	{ folder: 'scripts', mayImport: ['scripts', 'tooling', 'src/utils', 'src/schemas', 'src/build', 'tests/support'], forbiddenPackages: astroVirtual },
];

const layerOf = (file: string): Layer | undefined =>
	layers.filter((layer) => file.startsWith(`${layer.folder}/`)).sort((a, b) => b.folder.length - a.folder.length)[0];

const within = (file: string, folder: string) => file.startsWith(`${folder}/`);

/**
 * What a source file imports: static and dynamic imports, re-exports and `import('…')` types, as written.
 * @example importSpecifiers("import { a } from './a.ts';\nconst b = await import('node:fs');") // → ['./a.ts', 'node:fs']
 */
function importSpecifiers(source: string): string[] {
	// Statements start a line (so an import written into generated text is not one); `import('…')` can be anywhere.
	const pattern = /^[ \t]*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^[ \t]*import\s*['"]([^'"]+)['"]/gm;
	return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** The repository path an import points to (`~/` is src/, as tsconfig.json says), or undefined for a package. */
function importedFile(importer: string, specifier: string): string | undefined {
	if (specifier.startsWith('~/')) return `src/${specifier.slice(2)}`;
	if (specifier.startsWith('.')) return normalize(join(dirname(importer), specifier));
	return undefined;
}

/** Every import of `file` (with `source` its text) that its layer forbids, as "file → specifier" lines. */
function layerViolations(file: string, source: string): string[] {
	const layer = layerOf(file);
	if (!layer) return [];
	return importSpecifiers(source)
		.filter((specifier) => {
			const target = importedFile(file, specifier);
			if (target === undefined) return layer.forbiddenPackages?.test(specifier) ?? false;
			return !layer.mayImport.some((folder) => within(target, folder));
		})
		.map((specifier) => `${file} → ${specifier}`);
}

function sourceFiles(folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|mts|mjs|js|astro)$/.test(name))
		.map((name) => relative(root, join(root, folder, name)).split('\\').join('/'));
}

const files = ['src', 'tooling', 'scripts'].flatMap(sourceFiles);

describe('import layers', () => {
	it('finds the files and their imports', () => {
		expect(files.filter((file) => within(file, 'src/utils')).length).toBeGreaterThan(0);
		expect(files.filter((file) => within(file, 'tooling')).length).toBeGreaterThan(0);
		expect(importSpecifiers(readFileSync(join(root, 'src/content.config.ts'), 'utf8'))).toContain('astro:content');
	});

	it('no module imports across its layer', () => {
		const violations = files.flatMap((file) => layerViolations(file, readFileSync(join(root, file), 'utf8')));
		expect(violations).toEqual([]);
	});

	it('every TypeScript module of src/ sits in a role folder (no new flat lib/)', () => {
		const roleFolders = ['src/utils', 'src/data', 'src/loaders', 'src/build', 'src/schemas', 'src/components', 'src/pages', 'src/integrations'];
		const topLevel = (file: string) => !file.slice('src/'.length).includes('/');
		const stray = files.filter((file) => within(file, 'src') && file.endsWith('.ts') && !topLevel(file) && !roleFolders.some((folder) => within(file, folder)));
		expect(stray).toEqual([]);
	});

	it('catches a forbidden import', () => {
		expect(layerViolations('src/utils/x.ts', "import { readFile } from 'node:fs/promises';")).toEqual(['src/utils/x.ts → node:fs/promises']);
		expect(layerViolations('src/utils/x.ts', "import { getCollection } from 'astro:content';")).toHaveLength(1);
		expect(layerViolations('src/utils/x.ts', "import type { Quote } from '../data/quotes.ts';")).toHaveLength(1);
		expect(layerViolations('src/utils/x.ts', "import { a } from './a.ts';\nimport { slugPattern } from '../schemas/common.ts';")).toEqual([]);
		expect(layerViolations('src/components/X.astro', "---\nimport { run } from '../../tooling/quotes/quote-run.ts';\n---")).toHaveLength(1);
		expect(layerViolations('src/data/x.ts', "const { sum } = await import('../../tooling/importer/raw-article.ts');")).toHaveLength(1);
		expect(layerViolations('tooling/importer/x.ts', "import { q } from '../quotes/quote-run.ts';")).toHaveLength(1);
		expect(layerViolations('tooling/quotes/x.ts', "import { i } from '../importer/import-run.ts';")).toEqual([]);
		expect(layerViolations('src/components/X.astro', "---\nimport { lastChanged } from '~/build/last-changed.ts';\n---")).toHaveLength(1);
		expect(importSpecifiers("export { a } from './a.ts';\nimport {\n\tb,\n} from './b.ts';\nlines.push(\"import C from '~/c.astro';\");")).toEqual(['./a.ts', './b.ts']);
	});
});
