/**
 * A second `npm run build` (README "Rebuilds") reuses the pages whose data did not change and makes the same site as
 * a clean build: built once, edited the ways a maintainer edits (an article's text, and records an article page
 * shows from outside its MDX: a fact-check, an outlet, a new explainer citing it), built again from the cache, and
 * compared file by file with a clean build of the edited content. The rebuild is started as from another shell
 * command, which must not count as changed code.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { restoredRoutes } from '../../scripts/bench/build-log.ts';
import { buildInto } from '../support/build-site.ts';
import { copyProject } from '../support/scratch-project.ts';

const root = resolve('tmp/rebuild-site');
const articlesDir = join(root, 'content/docs/artikel');
/** Every build of the test prints the same day as "today", so a build after midnight still matches. */
const env = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };

/** The imported articles (slugs) with the outlet each names, in file order. */
function articles(): Array<{ slug: string; outlet: string }> {
	return readdirSync(articlesDir)
		.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
		.sort()
		.map((name) => {
			const outlet = /^\s+outlet:\s*(\S+)\s*$/mu.exec(readFileSync(join(articlesDir, name), 'utf8'))?.[1];
			if (!outlet) throw new Error(`${name}: no outlet in its frontmatter`);
			return { slug: name.replace(/\.mdx$/u, ''), outlet };
		});
}

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

function edit(path: string, change: (text: string) => string): void {
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`${path}: the test's edit changed nothing`);
	writeFileSync(path, after);
}

/** The pages of an article in both languages, as the build log names them. */
const pagesOf = (slug: string) => [`/artikel/${slug}/index.html`, `/en/artikel/${slug}/index.html`];

let restored: string[] = [];
/** The article each edit is about, and one left alone (its outlet is none of theirs). */
let edited: { text: string; factCheck: string; outlet: string; citation: string };
let untouched: string;

beforeAll(() => {
	copyProject(root);
	buildInto(join(root, 'dist'), { ...env, _: '/usr/bin/npm' }, root);

	// The outlet edited is one only its article names, so another article is left out of every edit; the article has
	// quotes, so the outlet is among the choices of the quotes listing's outlet filter, on every page of the listing.
	const all = articles();
	const quoted = (slug: string) => /^\s+- id:/mu.test(readFileSync(join(root, 'content/quotes', `${slug}.yaml`), 'utf8'));
	const soleOutlet = all.find(({ slug, outlet }) => all.filter((other) => other.outlet === outlet).length === 1 && existsSync(join(root, 'content/quotes', `${slug}.yaml`)) && quoted(slug));
	if (!soleOutlet || all.length < 5) throw new Error('the test needs five articles, one of them quoted and the only one from its outlet');
	const [text, factCheck, citation, spare] = all.filter((article) => article !== soleOutlet).map((article) => article.slug);
	edited = { text: text!, factCheck: factCheck!, outlet: soleOutlet.slug, citation: citation! };
	untouched = spare!;

	edit(join(articlesDir, `${edited.text}.mdx`), (mdx) => mdx.replace('<ArticleParagraph id="p-1">', '<ArticleParagraph id="p-1">Disunting. '));
	const reference = readdirSync(join(root, 'content/references')).sort()[0]!.replace(/\.yaml$/u, '');
	writeFileSync(
		join(root, 'content/fact-checks/uji-pembangunan-ulang.yaml'),
		`paragraphs: [artikel/${edited.factCheck}#p-1]\nnote:\n  id: Catatan uji.\n  en: A test note.\ncitations: [${reference}]\n`,
	);
	edit(join(root, 'content/outlets', `${soleOutlet.outlet}.yaml`), (yaml) => yaml.replace(/^name:\s*(.+)$/mu, 'name: $1 (uji)'));
	// A new explainer, since the site's own may already cite every article.
	writeFileSync(
		join(root, 'content/docs/uji-pembangunan-ulang.mdx'),
		`---\ntitle: Penjelas uji\ndescription: Halaman uji.\npageType: explainer\n---\n\nimport Cite from '~/components/Cite.astro';\n\nUji <Cite src="artikel/${edited.citation}#p-1" />.\n`,
	);

	// Started another way than the first build: a shell sets `_` to the command it ran (astro.config.mjs).
	restored = restoredRoutes(buildInto(join(root, 'dist'), { ...env, _: '/usr/bin/npx' }, root));
	// The clean build: without the incremental build's cache or the share cards'.
	rmSync(join(root, 'node_modules'), { recursive: true, force: true });
	buildInto(join(root, 'dist-clean'), env, root);
}, 600_000);

describe('a rebuild after edits', () => {
	test('makes the same files as a clean build, byte for byte', () => {
		const [rebuilt, clean] = [join(root, 'dist'), join(root, 'dist-clean')];
		const files = [...new Set([...filesUnder(rebuilt), ...filesUnder(clean)])].sort();
		const same = (file: string) => existsSync(join(rebuilt, file)) && existsSync(join(clean, file)) && readFileSync(join(rebuilt, file)).equals(readFileSync(join(clean, file)));
		// Missing on one side or different: a stale page, and the search index files made from it.
		expect(files.filter((file) => !same(file))).toEqual([]);
	});

	test("renders again the pages of each article whose text, fact-checks, outlet or citing explainers changed", () => {
		const rendered = [
			// The English pages are separate files, and the new explainer is Indonesian only.
			`/artikel/${edited.text}/index.html`,
			`/artikel/${edited.citation}/index.html`,
			// A fact-check and an outlet show in both languages.
			...pagesOf(edited.factCheck),
			...pagesOf(edited.outlet),
		];
		for (const page of rendered) expect(restored, page).not.toContain(page);
	});

	test("renders again every later page of the quotes listing, whose outlet filter names the renamed outlet", () => {
		const later = filesUnder(join(root, 'dist-clean'))
			.filter((file) => /^(?:en\/)?kutipan\/halaman\/\d+\/index\.html$/u.test(file))
			.map((file) => `/${file}`);
		expect(later.length, 'the test needs a second page of quotes').toBeGreaterThan(0);
		for (const page of later) expect(restored, page).not.toContain(page);
	});

	test('takes the pages of an article none of the edits touch from its cache, however the build was started', () => {
		expect(existsSync(join(root, 'dist/artikel', untouched, 'index.html'))).toBe(true);
		expect(restored).toEqual(expect.arrayContaining(pagesOf(untouched)));
	});
});
