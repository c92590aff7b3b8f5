import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { formatBytes, type BenchOptions, type BenchSection } from './bench-report.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { searchBundleFolders } from '../../src/utils/search-bundles.ts';
import { launchBrowser } from '../../tests/support/browser.ts';

/** What a journalist types, and on which search page (the English page searches the English index). */
const queries: Array<{ page: string; query: string; filters?: Record<string, string> }> = [
	{ page: '/cari/', query: 'Hanoi' },
	{ page: '/cari/', query: 'le xuan minh' },
	{ page: '/cari/', query: '"kejahatan siber"' },
	{ page: '/cari/', query: '100.000' },
	{ page: '/cari/', query: 'menandatangani' },
	{ page: '/cari/', query: 'penipuan', filters: { outlet: 'Báo Dân Trí' } },
	{ page: '/en/cari/', query: 'how many countries signed' },
];
const runs = 3;
/**
 * Typed into the search page, the header dialog, and Pagefind's API on the same index, side by side; BENCH_SEARCH_TYPED
 * (comma-separated) types others, e.g. the scale bench's queries into a 10,000-article build.
 */
const typed = process.env.BENCH_SEARCH_TYPED?.split(',').map((query) => query.trim()).filter(Boolean) ?? ['Hanoi', 'kejahatan siber', 'le xuan minh'];
const typingRounds = 5;

/** How long one measurement (a page, a query, a round) may take before the bench gives up on it. */
const measurementLimitMs = 30_000;

/**
 * Resolves with the work's value, or rejects naming what was being measured when it takes longer than the limit
 * (a result that never appears must stop the bench with a reason, not hang it).
 */
async function within<T>(what: string, work: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<never>((_, fail) => {
		timer = setTimeout(() => fail(new Error(`search bench: ${what}: no result on screen after ${measurementLimitMs / 1000} s`)), measurementLimitMs);
	});
	try {
		return await Promise.race([work, limit]);
	} finally {
		clearTimeout(timer);
	}
}

/** The middle value (the lower one of the two middles for an even count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Every file under a folder, with its size. */
function filesUnder(dir: string): Array<{ path: string; bytes: number }> {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((path) => ({ path, stat: statSync(join(dir, path)) }))
		.filter(({ stat }) => stat.isFile())
		.map(({ path, stat }) => ({ path, bytes: stat.size }));
}

/**
 * Search as a reader opens a shared search address (/cari/?q=…): bytes of /pagefind/ files the server sends
 * until the first results are on the page, and the time from navigation to then, with an empty browser
 * cache (cold) and again in the same browser (warm). Built into the bench scratch folder.
 */
export default async function searchBench(_options: BenchOptions): Promise<BenchSection[]> {
	// BENCH_SEARCH_DIST: measure a site built elsewhere (e.g. main, for a before/after in one run of this code).
	// Inside the project: the prerender step of a build resolves packages from its output folder.
	const outDir = process.env.BENCH_SEARCH_DIST ?? join(process.cwd(), '.bench/search');
	if (!process.env.BENCH_SEARCH_DIST) {
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { stdio: 'ignore', env: { ...process.env, BASE_PATH: '/' } });
	}
	const loadBefore = `${loadavg().map((value) => value.toFixed(1)).join(' ')}`;

	// A static host lets browsers keep files for a while; without it a "warm" visit would download everything again.
	const { server, url } = await startStaticServer({ root: outDir, headers: { 'cache-control': 'public, max-age=3600' } });
	let pagefindBytes = 0;
	const [serve] = server.listeners('request') as Array<(req: import('node:http').IncomingMessage, res: ServerResponse) => void>;
	server.removeAllListeners('request');
	server.on('request', (req, res) => {
		// Every search bundle's folder: /pagefind/, /pagefind-archive/, /pagefind-quotes/ (src/utils/search-bundles.ts).
		if (req.url?.startsWith('/pagefind')) {
			const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
			res.end = ((chunk?: unknown) => {
				if (chunk instanceof Uint8Array || typeof chunk === 'string') pagefindBytes += Buffer.byteLength(chunk);
				return end(chunk);
			}) as typeof res.end;
		}
		serve!(req, res);
	});
	const browser = await launchBrowser();

	/** Opens the address, waits for the first result; returns the time from navigation start and the bytes sent. */
	async function visit(page: import('playwright-core').Page, address: string) {
		pagefindBytes = 0;
		await page.goto(address);
		const ms = await page.evaluate(
			() =>
				new Promise<number>((done) => {
					const check = () => document.querySelector('.search-hit') && (observer.disconnect(), done(performance.now()));
					const observer = new MutationObserver(check);
					observer.observe(document.body, { childList: true, subtree: true });
					check();
				}),
		);
		return { ms, bytes: pagefindBytes };
	}

	/**
	 * Sets the box's value as one input event (as a paste or a fast typist's last key does) and resolves with the
	 * time until the first result is in the document and a frame has been drawn.
	 */
	const typeAndWait = (page: import('playwright-core').Page, input: string, results: string, hit: string, query: string) =>
		page.evaluate(
			([input, results, hit, query]) =>
				new Promise<number>((done) => {
					const box = document.querySelector<HTMLInputElement>(input)!;
					const list = document.querySelector(results)!;
					const started = performance.now();
					const observer = new MutationObserver(() => {
						if (!list.querySelector(hit)) return;
						observer.disconnect();
						requestAnimationFrame(() => done(performance.now() - started));
					});
					observer.observe(list, { childList: true, subtree: true });
					box.value = query;
					box.dispatchEvent(new Event('input', { bubbles: true }));
				}),
			[input, results, hit, query] as const,
		);
	/** Empties the box and waits until no result is left, so the next search is seen from its start. */
	const clear = async (page: import('playwright-core').Page, input: string, results: string, hit: string) => {
		await page.evaluate((input) => {
			const box = document.querySelector<HTMLInputElement>(input)!;
			box.value = '';
			box.dispatchEvent(new Event('input', { bubbles: true }));
		}, input);
		await page.waitForFunction(([results, hit]) => !document.querySelector(results)?.querySelector(hit), [results, hit] as const);
	};
	/** Cold and warm times; `bytes`, the /pagefind/ bytes sent from opening the page until the cold first result. */
	const apiFolders = [searchBundleFolders.site, ...(existsSync(join(outDir, searchBundleFolders.archive)) ? [searchBundleFolders.archive] : [])];
	type Surface = (page: import('playwright-core').Page, query: string) => Promise<{ cold: number; warm: number; bytes: number }>;
	const surfaces: Array<[string, Surface]> = [
		[
			'search page /cari/',
			async (page, query) => {
				await page.goto(new URL('cari/', url).href);
				const where = ['#search-query', 'search-page', '.search-hit'] as const;
				const cold = await typeAndWait(page, ...where, query);
				const bytes = pagefindBytes;
				await clear(page, ...where);
				return { cold, bytes, warm: await typeAndWait(page, ...where, query) };
			},
		],
		[
			'header dialog',
			async (page, query) => {
				await page.goto(url);
				await page.locator('button[data-open-modal]:enabled').click();
				// The dialog's search box and result links; the second selector is that of Pagefind's default UI, which the
				// dialog drew before 2026-12-02 (so BENCH_SEARCH_DIST can measure such a build).
				const where = ['dialog[open] input', 'dialog[open]', '.search-hit, .pagefind-ui__result-link'] as const;
				await page.locator(where[0]).first().waitFor();
				const cold = await typeAndWait(page, ...where, query);
				const bytes = pagefindBytes;
				await clear(page, ...where);
				return { cold, bytes, warm: await typeAndWait(page, ...where, query) };
			},
		],
		[
			"Pagefind's API",
			async (page, query) => {
				// A same-origin document with no site script: only Pagefind runs. Pagefind picks its index by the page's
				// language: set to the Indonesian one that /cari/ and the home page's dialog search (without it, the JSON
				// document has no language and Pagefind took the English index).
				await page.goto(new URL('pagefind/pagefind-entry.json', url).href);
				// As the site searches: the site's bundle, and the archive's only if the first found nothing.
				const figures = await page.evaluate(
					async ([query, folders]) => {
						document.documentElement.lang = 'id';
						type Bundle = { options(options: object): Promise<void>; search(term: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }> };
						const loaded = new Map<string, Promise<Bundle>>();
						const load = (folder: string) => {
							if (!loaded.has(folder)) {
								loaded.set(
									folder,
									(import(`${location.origin}/${folder}/pagefind.js`) as Promise<Bundle>).then(async (pagefind) => {
										await pagefind.options({ baseUrl: '/' });
										return pagefind;
									}),
								);
							}
							return loaded.get(folder)!;
						};
						const first = async () => {
							for (const folder of folders) {
								const search = await (await load(folder)).search(query);
								if (search.results[0]) return void (await search.results[0].data());
							}
						};
						let started = performance.now();
						await first();
						const cold = performance.now() - started;
						started = performance.now();
						await first();
						return { cold, warm: performance.now() - started };
					},
					[query, apiFolders] as const,
				);
				// The warm search fetches nothing: what was sent until now is the cold search's.
				return { ...figures, bytes: pagefindBytes };
			},
		],
	];
	const typing: BenchSection['rows'] = [];
	const apiCold = new Map<string, number>();
	const apiWarm = new Map<string, number>();

	const rows: BenchSection['rows'] = [];
	try {
		// The API first: the other rows are set against its figures.
		for (const [surface, measure] of surfaces.reverse()) {
			for (const query of typed) {
				const cold: number[] = [];
				const warm: number[] = [];
				const bytes: number[] = [];
				for (let round = 0; round < typingRounds; round++) {
					const context = await browser.newContext();
					const page = await context.newPage();
					pagefindBytes = 0;
					const what = `${surface}, "${query}", round ${round + 1}`;
					process.stderr.write(`search bench: ${what}\n`);
					const figures = await within(what, measure(page, query)).finally(() => context.close());
					bytes.push(figures.bytes);
					cold.push(figures.cold);
					warm.push(figures.warm);
				}
				const [coldMs, warmMs] = [median(cold), median(warm)];
				if (surface === "Pagefind's API") {
					apiCold.set(query, coldMs);
					apiWarm.set(query, warmMs);
				}
				typing.push({
					where: surface,
					query,
					'cold: ms': Math.round(coldMs),
					'warm: ms': Math.round(warmMs),
					'cold ÷ API': (coldMs / apiCold.get(query)!).toFixed(2),
					'warm − API: ms': Math.round(warmMs - apiWarm.get(query)!),
					'kB (from opening the page)': (median(bytes) / 1024).toFixed(1),
				});
			}
		}
		for (const { page: path, query, filters } of queries) {
			const address = new URL(`${path.slice(1)}?${new URLSearchParams({ q: query, ...filters })}`, url).href;
			const cold: Array<{ ms: number; bytes: number }> = [];
			const warm: Array<{ ms: number; bytes: number }> = [];
			let first = '';
			let count = '';
			for (let run = 0; run < runs; run++) {
				const context = await browser.newContext();
				const page = await context.newPage();
				const what = `shared address ${path}?q=${query}${filters ? ' with filters' : ''}, run ${run + 1}`;
				process.stderr.write(`search bench: ${what}\n`);
				cold.push(await within(`${what} (cold)`, visit(page, address)).catch(async (error: unknown) => (await context.close(), Promise.reject(error))));
				warm.push(await within(`${what} (warm)`, visit(page, address)).catch(async (error: unknown) => (await context.close(), Promise.reject(error))));
				first = new URL((await page.locator('search-page .search-hit h2 a').first().getAttribute('href')) ?? '', url).pathname;
				// The count is said once all of the first ten are drawn, after the first result.
				await page.waitForFunction(() => document.querySelector('search-page [role="status"]')?.textContent);
				count = (await page.locator('search-page [role="status"]').textContent()) ?? '';
				await context.close();
			}
			rows.push({
				page: path,
				query: filters ? `${query} + ${Object.entries(filters).map(([key, value]) => `${key}=${value}`).join(', ')}` : query,
				results: count.replace(/\D+/g, '') || '0',
				'first result': first,
				'cold: kB': (median(cold.map((run) => run.bytes)) / 1024).toFixed(1),
				'cold: ms': Math.round(median(cold.map((run) => run.ms))),
				'warm: kB': (median(warm.map((run) => run.bytes)) / 1024).toFixed(1),
				'warm: ms': Math.round(median(warm.map((run) => run.ms))),
			});
		}
	} finally {
		await browser.close();
		server.close();
	}

	const files = filesUnder(join(outDir, 'pagefind'));
	const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	const sum = (pick: (path: string) => boolean) => files.filter((file) => pick(file.path)).reduce((total, file) => total + file.bytes, 0);
	const kinds: Array<[string, (path: string) => boolean]> = [
		['index', (path) => path.startsWith('index/')],
		['fragments', (path) => path.startsWith('fragment/')],
		['filters', (path) => path.startsWith('filter/')],
		['wasm + meta', (path) => /^(wasm\.|pagefind\.[a-z]+_)/.test(path)],
		['scripts + UI', (path) => /\.(js|css|json)$/.test(path)],
	];
	const loadAfter = `${loadavg().map((value) => value.toFixed(1)).join(' ')}`;
	return [
		{
			title: `Search: typing to the first result on screen, page vs dialog vs Pagefind's API (median of ${typingRounds} rounds)`,
			rows: typing,
			notes: [
				'cold: a fresh browser context opens the page (load event), then the whole query arrives as one input event; until the first result is in the document and a frame is drawn. Dialog: opened with a click on the header button first.',
				"warm: the box emptied, then the same query again on the same page. API: import pagefind.js, options, search, the first result's data(), on a same-origin JSON document with no site script (the site's bundle, then the archive's if the first found nothing); warm = the same search again.",
				'cold ÷ API is the headline figure (1.00 = as fast as Pagefind itself); kB: bytes of every search bundle (/pagefind/, /pagefind-archive/, /pagefind-quotes/) sent from opening the page until the first result.',
				`Load average (1, 5, 15 min) at the start ${loadBefore}, at the end ${loadAfter}; ${cpus().length} cores, shared machine.`,
			],
		},
		{
			title: `Search: first results of a shared search address (median of ${runs} runs, headless Chromium, localhost)`,
			rows,
			notes: [
				"kB: bytes of the search bundles' files the server sent from navigation until the first results showed (the first 10, with their excerpts).",
				'ms: from navigation start to the first results on the page; warm = same browser again, files cached (max-age=3600).',
			],
		},
		{
			title: 'Search index on disk (dist/pagefind/)',
			rows: [
				{
					total: formatBytes(sum(() => true)),
					files: files.length,
					...Object.fromEntries(kinds.map(([name, pick]) => [name, formatBytes(sum(pick))])),
					...Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [`${lang} pages`, page_count])),
				},
			],
		},
	];
}
