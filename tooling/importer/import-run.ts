/**
 * One import run: read every raw article in a folder, validate all of them, then (only if nothing is
 * wrong) write the pages atomically. Pages edited by hand since the last import are kept unless forced.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, isHandEdited, renderArticlePage, sha256, storedImportHash } from './render-mdx.ts';
import { slugFromTitle } from './article-slug.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { personNames } from '../../src/utils/people.ts';
import { sourceMetaSchema, type SourceMeta } from '../../src/schemas/source-meta.ts';
import { parseRecord, readRecords, RecordError } from './yaml-records.ts';
import { anchorBlocks, parseRawArticle, RawArticleError, type AnchoredBlock, type RawArticle } from './raw-article.ts';

export interface ImportOptions {
	/** Folder of raw `*.txt` articles (and their `*.meta.yaml`). */
	from: string;
	/** Folder the `<slug>.mdx` pages go to. */
	to: string;
	/** Project root: outlets and people are read from `content/` here; raw paths are recorded relative to it. */
	root: string;
	force?: boolean;
}

/** What a run would do (or did) with one page. */
export type PageStatus = 'new' | 'updated' | 'unchanged' | 'hand-edited' | 'forced';

/** An article as the importer read it: the one parse of its raw file that the page and the quote tool share. */
export interface ImportedArticle {
	meta: ArticleMeta;
	/** The article's date, ISO day (from the raw text or the metadata). */
	published: string;
	/** The cleaned blocks, paragraphs numbered as the page anchors them. */
	blocks: AnchoredBlock[];
}

export interface PlannedPage {
	source: string;
	slug: string;
	path: string;
	content: string;
	status: PageStatus;
	article: ImportedArticle;
}

export interface ImportPlan {
	pages: PlannedPage[];
	/** `path:line: what is wrong`, one per problem, across all inputs. */
	errors: string[];
}

/** Optional per-article metadata beside the raw file: what the raw text lacks (src/schemas/source-meta.ts). */
export type ArticleMeta = SourceMeta;

const platform = 'Vietnam.vn';

interface Outlet {
	id: string;
	rawName?: string | undefined;
	domain: string;
}
interface Person {
	id: string;
	/** Every written form of the name (as the quote tool reads it), each as a whole-word pattern, compiled once per run. */
	patterns: RegExp[];
}

/**
 * Plans an import without writing: every page's content and status, or every error found.
 */
export function planImport(options: ImportOptions): ImportPlan {
	const outletRecords = readRecords(join(options.root, 'content/outlets'), outletSchema);
	const peopleRecords = readRecords(join(options.root, 'content/people'), personSchema());
	const outlets = outletRecords.records.map(([id, outlet]) => ({ id, ...outlet }));
	const people = peopleRecords.records.map(([id, person]) => ({ id, patterns: personNames(person).map(wholeWord) }));
	const errors: string[] = [...outletRecords.errors, ...peopleRecords.errors];
	const pages: PlannedPage[] = [];
	if (!existsSync(options.from)) return { pages, errors: [`${options.from}:1: no such folder`] };
	const sources = readdirSync(options.from).filter((name) => name.endsWith('.txt')).sort();
	const bySlug = new Map<string, PlannedPage>();
	for (const name of sources) {
		const file = join(options.from, name);
		try {
			const { slug, content, article } = buildPage(file, options, outlets, people);
			const clash = bySlug.get(slug);
			if (clash) {
				throw new ImportError(file, 1, `would get the same page as ${clash.source} (slug "${slug}"); set another "slug" in ${metaPath(file)}`);
			}
			const page: PlannedPage = { source: file, slug, path: join(options.to, `${slug}.mdx`), content, status: 'new', article };
			pages.push(page);
			bySlug.set(slug, page);
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			errors.push(error.message);
		}
	}
	for (const page of pages) {
		if (existsSync(page.path) && storedImportHash(readFileSync(page.path, 'utf8')) === undefined) {
			// Never overwrite a page the importer did not write (e.g. the listing page index.mdx), even with --force.
			errors.push(`${page.source}:1: would overwrite ${page.path}, a page the importer did not write; set another "slug" in ${metaPath(page.source)}`);
		}
		page.status = statusOf(page, options.force ?? false);
	}
	return { pages, errors };
}

/**
 * Writes the planned pages that changed, all or nothing: temp files first, then renames.
 * @returns the number of pages written
 */
export function applyImport(plan: ImportPlan): number {
	if (plan.errors.length) throw new Error(`refusing to write: ${plan.errors.length} error(s)`);
	const toWrite = plan.pages.filter((page) => page.status === 'new' || page.status === 'updated' || page.status === 'forced');
	for (const page of toWrite) mkdirSync(dirname(page.path), { recursive: true });
	const temps = toWrite.map((page) => {
		const temp = `${page.path}.${process.pid}.tmp`;
		writeFileSync(temp, page.content);
		return [temp, page.path] as const;
	});
	for (const [temp, path] of temps) renameSync(temp, path);
	return toWrite.length;
}

class ImportError extends Error {
	constructor(...where: [file: string, line: number, message: string] | [located: string]) {
		super(where.length === 1 ? where[0] : `${where[0]}:${where[1]}: ${where[2]}`);
	}
}

function statusOf(page: PlannedPage, force: boolean): PageStatus {
	if (!existsSync(page.path)) return 'new';
	const current = readFileSync(page.path, 'utf8');
	if (current === page.content) return 'unchanged';
	if (isHandEdited(current)) return force ? 'forced' : 'hand-edited';
	return 'updated';
}

const metaPath = (file: string) => file.replace(/\.txt$/u, '.meta.yaml');

function decodeUtf8(file: string, bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Find the first bad line so the message points at it: editors open the file in a text editor, which goes to a
		// line, not to a byte offset. Decoding line by line again only runs on a file that is already bad.
		let lineStart = 0;
		let line = 1;
		for (let i = 0; i <= bytes.length; i++) {
			if (i === bytes.length || bytes[i] === 0x0a) {
				try {
					new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(lineStart, i));
				} catch {
					break;
				}
				lineStart = i + 1;
				line++;
			}
		}
		throw new ImportError(file, line, 'is not valid UTF-8 text; save the file as UTF-8');
	}
}

function readMeta(file: string): ArticleMeta {
	const path = metaPath(file);
	if (!existsSync(path)) return {};
	try {
		return parseRecord(path, readFileSync(path, 'utf8'), sourceMetaSchema);
	} catch (error) {
		if (error instanceof RecordError) throw new ImportError(error.message);
		throw error;
	}
}

function buildPage(file: string, options: ImportOptions, outlets: Outlet[], people: Person[]): { slug: string; content: string; article: ImportedArticle } {
	const bytes = readFileSync(file);
	if (bytes.length === 0) throw new ImportError(file, 1, 'file is empty');
	const text = decodeUtf8(file, bytes);
	if (text.trim() === '') throw new ImportError(file, 1, 'file is empty (only whitespace)');
	const meta = readMeta(file);
	let raw: RawArticle;
	try {
		raw = parseRawArticle(text, { interview: meta.interview ?? false });
	} catch (error) {
		if (error instanceof RawArticleError) throw new ImportError(file, error.line, error.message);
		throw error;
	}
	// The name of the .meta.yaml beside the raw file, which the messages below tell the editor to fill in.
	const metaFileName = basename(metaPath(file));
	const title = meta.title ?? raw.title?.text;
	if (!title) throw new ImportError(file, 1, `no title: the file has no "Vietnam.vn" header line followed by a title, and ${metaFileName} gives no "title"`);
	const published = meta.published ?? raw.published?.day;
	if (!published) {
		throw new ImportError(file, 1, `no date: no outlet+date line ("Báo XBáo X08/10/2025") or "24 Oktober 2025 - 05:02" line, and ${metaFileName} gives no "published"`);
	}
	const sourceUrl = meta.sourceUrl ?? raw.sourceUrl?.url;
	const urlLine = raw.sourceUrl?.line ?? 1;
	if (!sourceUrl) throw new ImportError(file, 1, `no source URL: no "Sumber: <url>" line, and ${metaFileName} gives no "sourceUrl"`);
	let host: string;
	try {
		const url = new URL(sourceUrl);
		if (url.protocol !== 'https:') throw new Error();
		host = url.hostname;
	} catch {
		throw new ImportError(file, urlLine, `source URL "${sourceUrl}" is not an https:// address`);
	}
	const outlet = resolveOutlet(file, meta, raw, host, urlLine, outlets);
	const paragraphs = raw.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
	if (paragraphs.length === 0) throw new ImportError(file, 1, 'no body: no article paragraph is left after removing header, captions and boilerplate');
	const author = meta.author ?? raw.credits.find((credit) => credit.role === 'Konten' || credit.role === 'Penulis' || credit.role === 'Teks')?.name;
	const slug = meta.slug ?? slugFromTitle(title);
	if (!slug) throw new ImportError(file, raw.title?.line ?? 1, `title "${title}" gives an empty slug; set "slug" in ${metaFileName}`);
	const content = renderArticlePage({
		title,
		description: describe(paragraphs[0]!),
		outlet,
		published,
		dateKind: meta.dateKind ?? 'published',
		sourceUrl,
		translation: { platform, note: meta.translationNote },
		people: mentionedPeople(raw, people),
		topics: meta.topics ?? [],
		author,
		credits: raw.credits,
		editorNote: meta.editorNote,
		raw: { file: relative(options.root, file).split('\\').join('/'), sha256: sha256(bytes) },
		blocks: raw.blocks,
	});
	return { slug, content, article: { meta, published, blocks: anchorBlocks(raw.blocks) } };
}

function resolveOutlet(file: string, meta: ArticleMeta, raw: RawArticle, host: string, urlLine: number, outlets: Outlet[]): string {
	if (meta.outlet) {
		if (!outlets.some((outlet) => outlet.id === meta.outlet)) {
			throw new ImportError(metaPath(file), 1, `outlet "${meta.outlet}" is not in content/outlets`);
		}
		return meta.outlet;
	}
	if (raw.outletName) {
		const outlet = outlets.find((candidate) => candidate.rawName === raw.outletName!.text);
		if (!outlet) {
			throw new ImportError(file, raw.outletName.line, `outlet "${raw.outletName.text}" is not in content/outlets (no outlet has this rawName); add content/outlets/<id>.yaml`);
		}
		return outlet.id;
	}
	const outlet = outlets.find((candidate) => host === candidate.domain || host.endsWith(`.${candidate.domain}`));
	if (!outlet) throw new ImportError(file, urlLine, `no outlet: no outlet+date line, and no outlet in content/outlets has the domain "${host}"`);
	return outlet.id;
}

/** People whose name, native name or alias appears in the article's text, as whole words, in id order. */
function mentionedPeople(raw: RawArticle, people: Person[]): string[] {
	const text = raw.blocks.map((block) => (block.kind === 'break' ? '' : block.kind === 'pullquote' ? `${block.text}\n${block.attribution}` : block.text)).join('\n');
	return people.filter((person) => person.patterns.some((pattern) => pattern.test(text))).map((person) => person.id);
}

/** A name as a pattern that matches it only as whole words. */
function wholeWord(name: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}
