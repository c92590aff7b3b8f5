import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { formatBytes, type BenchOptions, type BenchSection } from '../../src/lib/bench-report.ts';
import { startStaticServer } from '../../src/lib/static-server.ts';
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
export default async function searchBench(options: BenchOptions): Promise<BenchSection[]> {
	const outDir = join(options.scratch, 'search');
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { stdio: 'ignore', env: { ...process.env, BASE_PATH: '/' } });

	// A static host lets browsers keep files for a while; without it a "warm" visit would download everything again.
	const { server, url } = await startStaticServer({ root: outDir, headers: { 'cache-control': 'public, max-age=3600' } });
	let pagefindBytes = 0;
	const [serve] = server.listeners('request') as Array<(req: import('node:http').IncomingMessage, res: ServerResponse) => void>;
	server.removeAllListeners('request');
	server.on('request', (req, res) => {
		if (req.url?.includes('/pagefind/')) {
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

	const rows: BenchSection['rows'] = [];
	try {
		for (const { page: path, query, filters } of queries) {
			const address = new URL(`${path.slice(1)}?${new URLSearchParams({ q: query, ...filters })}`, url).href;
			const cold: Array<{ ms: number; bytes: number }> = [];
			const warm: Array<{ ms: number; bytes: number }> = [];
			let first = '';
			let count = '';
			for (let run = 0; run < runs; run++) {
				const context = await browser.newContext();
				const page = await context.newPage();
				cold.push(await visit(page, address));
				warm.push(await visit(page, address));
				first = new URL((await page.locator('.search-hit h2 a').first().getAttribute('href')) ?? '', url).pathname;
				count = (await page.locator('.search-page__status').textContent()) ?? '';
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
	return [
		{
			title: `Search: first results of a shared search address (median of ${runs} runs, headless Chromium, localhost)`,
			rows,
			notes: [
				'kB: bytes of /pagefind/ files the server sent from navigation until the first results showed (the first 10, with their excerpts).',
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
