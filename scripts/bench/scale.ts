/**
 * Scale: the real site plus N synthetic articles (scripts/bench/synthetic-articles.ts), in a scratch copy of the
 * project, through the real importer, astro build (with its search bundles) and a cold search in
 * headless Chromium. Each stage runs as a child process under /usr/bin/time -v for its wall time and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { formatBytes, type BenchOptions, type BenchSection } from './bench-report.ts';
import { buildPhases, routeGroupTimes } from './build-log.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { searchBundleFolders } from '../../src/utils/search-bundles.ts';
import { generateSyntheticSite, syntheticFiles, type SyntheticSite } from './synthetic-articles.ts';
import { launchBrowser } from '../../tests/support/browser.ts';

const seed = 20251025;
const project = resolve(import.meta.dirname, '../..');
/** Queries typed into search: common words, a name from the real articles, a synthetic name, a rare word. */
const queries = ['kejahatan siber', 'Luong Tam Quang', 'Nguyen', 'ekstradisi'];
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', '.screenshots', 'tmp']);

interface Measured {
	seconds: number;
	/** Peak resident set size in bytes, when /usr/bin/time is there to tell. */
	peakRss?: number | undefined;
	log: string;
}

/** Runs a command in `cwd`, its output into `logFile`, and measures it. */
export function run(cwd: string, logFile: string, command: string[]): Measured {
	const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...command] : command;
	const fd = openSync(logFile, 'w');
	const started = performance.now();
	const result = spawnSync(timed[0]!, timed.slice(1), { cwd, stdio: ['ignore', fd, fd], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	const seconds = (performance.now() - started) / 1000;
	closeSync(fd);
	const log = readFileSync(logFile, 'utf8');
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed in ${cwd} (exit ${result.status}); see ${logFile}:\n${log.slice(-3000)}`);
	const kb = /Maximum resident set size \(kbytes\): (\d+)/u.exec(log)?.[1];
	return { seconds, peakRss: kb ? Number(kb) * 1024 : undefined, log };
}

const du = (path: string) => (existsSync(path) ? Number(spawnSync('du', ['-sb', path], { encoding: 'utf8' }).stdout.split('\t')[0]) : 0);

/** Every file under a folder with its size. */
function files(dir: string): Array<{ path: string; size: number }> {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path: relative(dir, path), size: statSync(path).size };
		});
}

/**
 * A scratch copy of the project (without its build output or Astro's caches). node_modules is a tree of hard links
 * (free on one disk): through a symlink Vite resolves Starlight's components outside the scratch root and the build fails.
 */
export function scratchProject(root: string): void {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const name of readdirSync(project)) {
		if (skipped.has(name)) continue;
		cpSync(join(project, name), join(root, name), { recursive: true });
	}
	const linked = spawnSync('cp', ['-al', join(project, 'node_modules'), join(root, 'node_modules')]);
	if (linked.status !== 0) cpSync(join(project, 'node_modules'), join(root, 'node_modules'), { recursive: true, verbatimSymlinks: true });
	// Astro's incremental build cache (node_modules/.astro/) writes its files in place: through hard links a scratch
	// build would write into the project's own cache. The scratch copy starts without Astro's caches.
	rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
}

/**
 * Cold searches through Pagefind's own API on the built site: bytes fetched and time until the first result's data;
 * `results`, those of the bundle that gave it.
 */
async function searchFigures(dist: string): Promise<Array<{ query: string; results: number; bytes: number; ms: number }>> {
	const { server, url }: { server: Server; url: string } = await startStaticServer({ root: dist });
	const browser = await launchBrowser();
	const bundleFolders = [searchBundleFolders.site, ...(existsSync(join(dist, searchBundleFolders.archive)) ? [searchBundleFolders.archive] : [])];
	try {
		const figures = [];
		for (const query of queries) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(new URL('cari/', url).href);
			const sizes: Array<Promise<number>> = [];
			page.on('requestfinished', (request) => {
				if (/\/pagefind[^/]*\//u.test(new URL(request.url()).pathname)) sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
			});
			// As the site searches (src/utils/search-bundles.ts): the site's bundle, then the archive's only when the first found nothing.
			const { results, ms } = await page.evaluate(
				async ([text, folders]) => {
					const started = performance.now();
					let results = 0;
					for (const folder of folders) {
						const pagefind = await import(`${document.baseURI.replace(/cari\/$/u, '')}${folder}/pagefind.js`);
						const search = await pagefind.search(text);
						results = search.results.length as number;
						if (results > 0) {
							await search.results[0].data();
							break;
						}
					}
					return { results, ms: performance.now() - started };
				},
				[query, bundleFolders] as const,
			);
			await page.waitForLoadState('networkidle');
			figures.push({ query, results, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), ms });
			await context.close();
		}
		return figures;
	} finally {
		await browser.close();
		await new Promise((done) => server.close(done));
	}
}

const seconds = (value: number) => value.toFixed(1);
const perArticle = (value: number, count: number) => `${((value * 1000) / count).toFixed(1)} ms`;
const rss = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : formatBytes(bytes));

/** N synthetic articles built from the real articles' words, never reusing a real person's name. */
export function syntheticSite(count: number): SyntheticSite {
	const corpusDir = join(project, 'content/sources');
	const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(corpusDir, name), 'utf8'));
	const peopleDir = join(project, 'content/people');
	const reservedNames = readdirSync(peopleDir).map((name) => (parse(readFileSync(join(peopleDir, name), 'utf8')) as { name: string }).name);
	return generateSyntheticSite({ count, seed, corpus, reservedNames });
}

export default async function scaleBench(options: BenchOptions): Promise<BenchSection[]> {
	const stages: BenchSection = { title: 'Scale: stages (real site + N synthetic articles)', rows: [] };
	const output: BenchSection = { title: 'Scale: output', rows: [] };
	const routes: BenchSection = { title: 'Scale: where page generation goes (most expensive route groups, from the build log)', rows: [] };
	const search: BenchSection = { title: 'Scale: cold search in headless Chromium (Pagefind API, first result loaded)', rows: [] };
	for (const count of options.articles) {
		const root = join(options.scratch, `scale-${count}`);
		console.error(`scale: ${count} articles in ${root}`);
		scratchProject(root);

		let started = performance.now();
		const site = syntheticSite(count);
		const written = syntheticFiles(site);
		for (const [path, text] of Object.entries(written)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const generated = (performance.now() - started) / 1000;
		const sources = du(join(root, 'content/sources'));
		stages.rows.push({ articles: count, stage: 'generate', 'wall (s)': seconds(generated), 'per article': perArticle(generated, count), 'peak RSS': 'in bench', output: `${formatBytes(sources)} raw` });

		const node = process.execPath;
		const imported = run(root, join(root, 'import.log'), [node, 'scripts/import.ts']);
		stages.rows.push({
			articles: count,
			stage: 'import',
			'wall (s)': seconds(imported.seconds),
			'per article': perArticle(imported.seconds, count),
			'peak RSS': rss(imported.peakRss),
			output: `${formatBytes(du(join(root, 'content/docs/artikel')))} MDX`,
		});

		started = performance.now();
		const built = run(root, join(root, 'build.log'), [node, 'node_modules/astro/bin/astro.mjs', 'build']);
		const dist = join(root, 'dist');
		const phases = buildPhases(built.log);
		const all = files(dist);
		const html = all.filter((file) => file.path.endsWith('.html'));
		const pagefindBytes = du(join(dist, 'pagefind'));
		const distBytes = du(dist);
		stages.rows.push({
			articles: count,
			stage: 'build (all)',
			'wall (s)': seconds(built.seconds),
			'per article': perArticle(built.seconds, count),
			'peak RSS': rss(built.peakRss),
			output: `${formatBytes(distBytes)} dist/`,
		});
		stages.rows.push({ articles: count, stage: '  of which content sync', 'wall (s)': seconds(phases.setup), 'per article': perArticle(phases.setup, count), 'peak RSS': '', output: '' });
		stages.rows.push({ articles: count, stage: '  of which bundling', 'wall (s)': seconds(phases.bundling), 'per article': perArticle(phases.bundling, count), 'peak RSS': '', output: '' });
		stages.rows.push({ articles: count, stage: '  of which pages', 'wall (s)': seconds(phases.pages), 'per article': perArticle(phases.pages, count), 'peak RSS': '', output: `${html.length} HTML` });
		stages.rows.push({
			articles: count,
			stage: '  of which search bundles',
			'wall (s)': seconds(phases.searchBundles),
			'per article': perArticle(phases.searchBundles, count),
			'peak RSS': '',
			output: `${formatBytes(pagefindBytes)} index`,
		});

		const article = html.find((file) => file.path === `artikel/${site.articles[0]!.slug}/index.html`);
		const largest = [...html].sort((a, b) => b.size - a.size)[0]!;
		const images = all.filter((file) => file.path.startsWith('og/'));
		const listing = html.find((file) => file.path === 'artikel/index.html');
		output.rows.push({
			articles: count,
			'HTML pages': html.length,
			'HTML total': formatBytes(html.reduce((sum, file) => sum + file.size, 0)),
			'an article page': article ? formatBytes(article.size) : 'missing',
			'/artikel/': listing ? formatBytes(listing.size) : 'missing',
			'largest page': `${formatBytes(largest.size)} ${largest.path.replace(/index\.html$/u, '')}`,
			'share images': `${images.length}, ${formatBytes(images.reduce((sum, file) => sum + file.size, 0))}`,
			'sitemap + rss': formatBytes(all.filter((file) => /^sitemap|^rss/u.test(file.path)).reduce((sum, file) => sum + file.size, 0)),
			'pagefind/': formatBytes(pagefindBytes),
			'pagefind files': all.filter((file) => file.path.startsWith('pagefind/')).length,
		});

		for (const group of routeGroupTimes(built.log).slice(0, 8)) {
			routes.rows.push({ articles: count, routes: group.group, pages: group.routes, 'total (s)': seconds(group.ms / 1000), 'per page': `${(group.ms / group.routes).toFixed(1)} ms` });
		}

		for (const figure of await searchFigures(dist)) {
			search.rows.push({ articles: count, query: figure.query, results: figure.results, downloaded: formatBytes(figure.bytes), 'first result (ms)': Math.round(figure.ms) });
		}
	}
	stages.notes = [
		'import, build: child processes under /usr/bin/time -v (wall time and peak RSS); "of which" rows are read from the build log.',
		`Synthetic articles from seed ${seed}; scratch copies under ${options.scratch}.`,
	];
	return [stages, output, routes, search];
}
