/**
 * Rebuilds: in a scratch copy of the project with N synthetic articles (0: the real site only, with the outlets and
 * people of the article added later), a clean build (no caches), a second build with nothing changed, a build after
 * importing one more article, and one more with nothing changed. Share cards come from node_modules/.cache/
 * (src/build/share-image-cache.ts) when what they show did not change, and routes with a cacheKey from Astro's
 * incremental build cache in node_modules/.astro/ (which a scratch copy starts without).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { uptime, loadavg } from 'node:os';
import { formatBytes, type BenchOptions, type BenchSection } from './bench-report.ts';
import { buildPhases, reusedRoutes, routeGroupTimes } from './build-log.ts';
import { syntheticFiles } from './synthetic-articles.ts';
import { run, scratchProject, syntheticSite } from './scale.ts';

const cacheDir = 'node_modules/.cache/konvensi-hanoi-share-images';

export default async function rebuildBench(options: BenchOptions): Promise<BenchSection[]> {
	const section: BenchSection = { title: 'Rebuilds: clean, nothing changed, one article added', rows: [] };
	for (const count of options.articles) {
		const root = join(options.scratch, `rebuild-${count}`);
		console.error(`rebuild: real site + ${count} synthetic articles in ${root}`);
		scratchProject(root);
		// One article more than the site starts with; its files are held back until the third build.
		const site = syntheticSite(count + 1);
		const added = site.articles.at(-1)!;
		const files = Object.entries(syntheticFiles(site));
		const isAdded = (path: string) => path.includes(added.slug) || path.endsWith(added.file) || path.endsWith(added.file.replace(/\.txt$/u, '.meta.yaml'));
		const write = (entries: Array<[string, string]>) => {
			for (const [path, text] of entries) {
				mkdirSync(dirname(join(root, path)), { recursive: true });
				writeFileSync(join(root, path), text);
			}
		};
		const node = process.execPath;
		let cleanSeconds: number | undefined;
		const build = (name: string) => {
			const built = run(root, join(root, `${name}.log`), [node, 'node_modules/astro/bin/astro.mjs', 'build']);
			const cards = routeGroupTimes(built.log).filter((group) => group.group.startsWith('og')).reduce((sum, group) => sum + group.ms, 0);
			const cached = readdirSync(join(root, cacheDir)).length;
			const phases = buildPhases(built.log);
			section.rows.push({
				articles: count,
				build: name,
				'wall (s)': built.seconds.toFixed(1),
				'of clean': cleanSeconds === undefined ? '' : `${((100 * built.seconds) / cleanSeconds).toFixed(0)} %`,
				'setup (s)': phases.setup.toFixed(1),
				'clearing dist (s)': phases.clearing.toFixed(0),
				'bundling (s)': phases.bundling.toFixed(1),
				'pages (s)': phases.pages.toFixed(1),
				'pages reused': reusedRoutes(built.log),
				'search bundles (s)': phases.searchBundles.toFixed(1),
				'share cards (s)': (cards / 1000).toFixed(1),
				'cards in cache': cached,
				'peak RSS': built.peakRss === undefined ? 'n/a' : formatBytes(built.peakRss),
				'load (1 min)': `${loadavg()[0]!.toFixed(1)} at ${Math.round(uptime() / 60)} min up`,
			});
			cleanSeconds ??= built.seconds;
		};
		write(files.filter(([path]) => !isAdded(path)));
		run(root, join(root, 'import.log'), [node, 'scripts/import.ts']);
		rmSync(join(root, cacheDir), { recursive: true, force: true });
		build('clean (no cache)');
		build('nothing changed');
		write(files.filter(([path]) => isAdded(path)));
		run(root, join(root, 'import-one.log'), [node, 'scripts/import.ts']);
		build('one article added');
		// Once more with nothing changed: what the build after an article's costs (see BENCHMARKS.md, session 13).
		build('nothing changed, after it');
	}
	section.notes = [
		'Each build is `astro build` (with Pagefind) under /usr/bin/time -v; "share cards" sums the og/ route groups of its log.',
		'"pages reused": routes Astro\'s incremental build took from node_modules/.astro/ (their cacheKey and code unchanged); the other columns are the parts of the build its log times (scripts/bench/build-log.ts).',
	];
	return [section];
}
