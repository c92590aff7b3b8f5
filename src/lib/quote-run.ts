/**
 * One extraction run over the imported articles (what `npm run quotes` does), planned without writing: for each
 * article, the candidates it would add to content/quotes/<slug>.yaml. Checked quotes and dropped entries are
 * never changed, so a maintainer's curation survives every run.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { newCandidates, type QuoteFile, type StoredQuote } from './quote-curation.ts';
import { anchorBlocks, extractQuoteCandidates } from './quote-extraction.ts';
import { personNames, type PersonRecord } from './people.ts';
import { parseRawArticle } from './raw-article.ts';

export interface PlannedQuoteFile {
	/** content/quotes/<slug>.yaml, relative to the project root. */
	path: string;
	file: QuoteFile;
	added: StoredQuote[];
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort() : []);
const emptyFile = (article: string): QuoteFile => ({ article, quotes: [], candidates: [], dropped: [] });

/**
 * The quote files of the project at `root` and the candidates a run would add to each.
 * @example planQuoteExtraction('.').flatMap((plan) => plan.added).length // → 0 when every find is curated
 */
export function planQuoteExtraction(root: string): PlannedQuoteFile[] {
	const people = yamlFiles(join(root, 'content/people')).map((name) => ({
		id: name.replace(/\.yaml$/u, ''),
		names: personNames(parse(readFileSync(join(root, 'content/people', name), 'utf8')) as PersonRecord),
	}));
	const quotesDir = join(root, 'content/quotes');
	const files = new Map<string, QuoteFile>();
	for (const name of yamlFiles(quotesDir)) {
		const data = parse(readFileSync(join(quotesDir, name), 'utf8')) as Partial<QuoteFile>;
		files.set(name, { ...emptyFile(data.article ?? ''), ...data, quotes: data.quotes ?? [], candidates: data.candidates ?? [], dropped: data.dropped ?? [] });
	}
	const taken = new Set([...files.values()].flatMap((file) => [...file.quotes, ...file.candidates].map((quote) => quote.id)));
	const articlesDir = join(root, 'content/docs/artikel');
	const plans: PlannedQuoteFile[] = [];
	for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx') && n !== 'index.mdx').sort()) {
		const page = readFileSync(join(articlesDir, name), 'utf8');
		const rawFile = /^ {4}file: "(.+)"$/mu.exec(page)?.[1];
		const day = /^ {2}published: (\d{4}-\d{2}-\d{2})$/mu.exec(page)?.[1];
		if (!rawFile || !day) continue;
		const metaPath = join(root, rawFile.replace(/\.txt$/u, '.meta.yaml'));
		const interview = existsSync(metaPath) && (parse(readFileSync(metaPath, 'utf8')) as { interview?: boolean } | null)?.interview === true;
		const blocks = anchorBlocks(parseRawArticle(readFileSync(join(root, rawFile), 'utf8'), { interview }).blocks);
		const slug = name.replace(/\.mdx$/u, '');
		const file = files.get(`${slug}.yaml`) ?? emptyFile(`artikel/${slug}`);
		plans.push({ path: join('content/quotes', `${slug}.yaml`), file, added: newCandidates(file, extractQuoteCandidates(blocks, people, { interview }), day, taken) });
	}
	return plans;
}

/**
 * Appends a plan's new candidates under `candidates:`, keeping the file's comments and everything else as written.
 * @example applyQuotePlan('.', plan) // writes content/quotes/<slug>.yaml
 */
export function applyQuotePlan(root: string, plan: PlannedQuoteFile): void {
	if (!plan.added.length) return;
	const path = join(root, plan.path);
	const doc = existsSync(path)
		? parseDocument(readFileSync(path, 'utf8'))
		: parseDocument(`# Quotes of ${plan.file.article}. Move each checked candidate into quotes: (add textEn), or into dropped: with a reason.\narticle: ${plan.file.article}\nquotes: []\ncandidates: []\ndropped: []\n`);
	if (!(doc.get('candidates') as { items?: unknown[] } | undefined)?.items?.length) doc.set('candidates', doc.createNode([]));
	for (const candidate of plan.added) doc.addIn(['candidates'], doc.createNode(candidate));
	writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
