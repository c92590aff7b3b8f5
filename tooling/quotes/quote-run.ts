/**
 * One extraction run over the imported articles (what `npm run quotes` does), planned without writing: for each
 * article, the candidates it would add to content/quotes/<slug>.yaml. Checked quotes and dropped entries are
 * never changed, so a maintainer's curation survives every run.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { newCandidates, type QuoteFile, type StoredQuote } from './quote-curation.ts';
import { planImport, type PlannedPage } from '../importer/import-run.ts';
import { extractQuoteCandidates } from './quote-extraction.ts';
import { personNames } from '../../src/utils/people.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { readRecords } from '../importer/yaml-records.ts';

export interface PlannedQuoteFile {
	/** content/quotes/<slug>.yaml, relative to the project root. */
	path: string;
	file: QuoteFile;
	/** False while the article has no quote file: a run then writes one, with empty lists if it found nothing, so every article is on record as read. */
	exists: boolean;
	added: StoredQuote[];
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort() : []);
const emptyFile = (article: string): QuoteFile => ({ article, quotes: [], candidates: [], dropped: [] });

/**
 * The quote files of the project at `root` and the candidates a run would add to each.
 */
export function planQuoteExtraction(root: string): PlannedQuoteFile[] {
	const people = readRecords(join(root, 'content/people'), personSchema()).records.map(([id, person]) => ({ id, names: personNames(person) }));
	const quotesDir = join(root, 'content/quotes');
	const files = new Map<string, QuoteFile>();
	for (const name of yamlFiles(quotesDir)) {
		const data = parse(readFileSync(join(quotesDir, name), 'utf8')) as Partial<QuoteFile>;
		files.set(name, { ...emptyFile(data.article ?? ''), ...data, quotes: data.quotes ?? [], candidates: data.candidates ?? [], dropped: data.dropped ?? [] });
	}
	const taken = new Set([...files.values()].flatMap((file) => [...file.quotes, ...file.candidates].map((quote) => quote.id)));
	const plans: PlannedQuoteFile[] = [];
	// The importer's own reading of each raw article (its blocks, numbering and metadata), for every page it has written.
	for (const page of importedArticles(root)) {
		const stored = files.get(`${page.slug}.yaml`);
		const file = stored ?? emptyFile(`artikel/${page.slug}`);
		const { blocks, meta, published } = page.article;
		const interview = meta.interview ?? false;
		plans.push({ path: join('content/quotes', `${page.slug}.yaml`), file, exists: stored !== undefined, added: newCandidates(file, extractQuoteCandidates(blocks, people, { interview }), published, taken) });
	}
	return plans;
}

/** The imported articles of the project at `root`, as the importer parses them; bad input fails as `npm run import` does. */
function importedArticles(root: string): PlannedPage[] {
	const plan = planImport({ from: join(root, 'content/sources'), to: join(root, 'content/docs/artikel'), root });
	if (plan.errors.length) throw new Error(`cannot read the articles (fix these first, as for npm run import):\n${plan.errors.join('\n')}`);
	return plan.pages.filter((page) => existsSync(page.path)).sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Appends a plan's new candidates under `candidates:`, keeping the file's comments and everything else as written;
 * writes the file of an article that has none, even when nothing was found.
 */
export function applyQuotePlan(root: string, plan: PlannedQuoteFile): void {
	if (!plan.added.length && plan.exists) return;
	const path = join(root, plan.path);
	const doc = existsSync(path)
		? parseDocument(readFileSync(path, 'utf8'))
		: parseDocument(`# Quotes of ${plan.file.article}. Move each checked candidate into quotes: (add textEn), or into dropped: with a reason.\narticle: ${plan.file.article}\nquotes: []\ncandidates: []\ndropped: []\n`);
	if (!(doc.get('candidates') as { items?: unknown[] } | undefined)?.items?.length) doc.set('candidates', doc.createNode([]));
	for (const candidate of plan.added) doc.addIn(['candidates'], doc.createNode(candidate));
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
