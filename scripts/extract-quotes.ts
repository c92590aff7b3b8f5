// Proposes quote candidates from the imported articles: npm run quotes -- [--check]
// Checked quotes and dropped entries in content/quotes/*.yaml are never changed; new finds go under `candidates:`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { newCandidates, type QuoteFile } from '../src/lib/quote-curation.ts';
import { anchorBlocks, extractQuoteCandidates } from '../src/lib/quote-extraction.ts';
import { parseRawArticle } from '../src/lib/raw-article.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const articlesDir = 'content/docs/artikel';
const quotesDir = 'content/quotes';

const people = readdirSync('content/people')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => {
		const person = parse(readFileSync(join('content/people', name), 'utf8')) as { name: string; nativeName?: string; aliases?: string[] };
		return { id: name.replace(/\.yaml$/u, ''), names: [person.name, person.nativeName ?? '', ...(person.aliases ?? [])].filter(Boolean) };
	});

const emptyFile = (article: string): QuoteFile => ({ article, quotes: [], candidates: [], dropped: [] });
const files = new Map<string, QuoteFile>();
for (const name of existsSync(quotesDir) ? readdirSync(quotesDir).filter((n) => n.endsWith('.yaml')) : []) {
	const data = parse(readFileSync(join(quotesDir, name), 'utf8')) as Partial<QuoteFile>;
	files.set(name, { ...emptyFile(data.article ?? ''), ...data, quotes: data.quotes ?? [], candidates: data.candidates ?? [], dropped: data.dropped ?? [] });
}
const taken = new Set([...files.values()].flatMap((file) => [...file.quotes, ...file.candidates].map((quote) => quote.id)));

let proposed = 0;
let pending = 0;
for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx') && n !== 'index.mdx').sort()) {
	const page = readFileSync(join(articlesDir, name), 'utf8');
	const rawFile = /^ {4}file: "(.+)"$/mu.exec(page)?.[1];
	const day = /^ {2}published: (\d{4}-\d{2}-\d{2})$/mu.exec(page)?.[1];
	if (!rawFile || !day) continue;
	const metaPath = rawFile.replace(/\.txt$/u, '.meta.yaml');
	const interview = existsSync(metaPath) && (parse(readFileSync(metaPath, 'utf8')) as { interview?: boolean } | null)?.interview === true;
	const blocks = anchorBlocks(parseRawArticle(readFileSync(rawFile, 'utf8'), { interview }).blocks);
	const slug = name.replace(/\.mdx$/u, '');
	const fileName = `${slug}.yaml`;
	const file = files.get(fileName) ?? emptyFile(`artikel/${slug}`);
	const added = newCandidates(file, extractQuoteCandidates(blocks, people, { interview }), day, taken);
	pending += file.candidates.length + added.length;
	if (!added.length || values.check) {
		proposed += added.length;
		continue;
	}
	const path = join(quotesDir, fileName);
	const doc = existsSync(path)
		? parseDocument(readFileSync(path, 'utf8'))
		: parseDocument(`# Quotes of ${file.article}. Move each checked candidate into quotes: (add role.en), or into dropped: with a reason.\narticle: ${file.article}\nquotes: []\ncandidates: []\ndropped: []\n`);
	if (!doc.has('candidates') || !(doc.get('candidates') as { items?: unknown[] })?.items?.length) doc.set('candidates', doc.createNode([]));
	for (const candidate of added) doc.addIn(['candidates'], doc.createNode(candidate));
	writeFileSync(path, doc.toString({ lineWidth: 0 }));
	proposed += added.length;
	console.log(`${path}: ${added.length} new candidate(s)`);
}
console.log(`${proposed} new candidate(s); ${pending} awaiting review under candidates:`);
if (values.check && pending) process.exit(1);
