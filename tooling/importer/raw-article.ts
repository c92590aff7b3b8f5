/**
 * Reads a raw article as copied from Vietnam.vn and separates the article from the page debris around it:
 * platform header, doubled outlet+date line, image table rows and file names, credits, and the site's
 * boilerplate after the `Sumber:` line. Text is never reworded; blocks keep their raw line numbers.
 */
import { paragraphAnchor } from '../../src/utils/paragraph-anchor.ts';

/** The platform header line that opens a page copied from Vietnam.vn. */
export const PLATFORM_HEADER = 'Vietnam.vn - Nền tảng quảng bá Việt Nam';

export type Block =
	| { kind: 'paragraph' | 'heading' | 'caption'; text: string; line: number }
	| { kind: 'pullquote'; text: string; attribution: string; line: number }
	/** A gap in the raw text where an interviewer's question stood (interviews only). */
	| { kind: 'break'; line: number };

export interface Credit {
	role: string;
	name: string;
}

export interface RawArticle {
	title?: { text: string; line: number };
	/** Outlet name as printed on the outlet+date line (printed twice there, kept once here). */
	outletName?: { text: string; line: number };
	/** ISO day (YYYY-MM-DD) from the outlet+date line or a "24 Oktober 2025 - 05:02" line. */
	published?: { day: string; line: number };
	sourceUrl?: { url: string; line: number };
	credits: Credit[];
	blocks: Block[];
}

/** An error in a raw file, with the 1-based line it concerns. */
export class RawArticleError extends Error {
	readonly line: number;
	constructor(line: number, message: string) {
		super(message);
		this.line = line;
	}
}

export interface ParseOptions {
	/** Interview mode: a run of two or more blank lines marks a lost question between answers. */
	interview?: boolean;
}

const outletDateLine = /^(.+?)\1(\d{2})\/(\d{2})\/(\d{4})$/u;
const sourceLine = /^Sumber:\s*(\S+)\s*$/u;
const creditLine = /^(Konten|Teks|Foto|Desain|Grafis|Video|Penulis): (.+)$/u;
const months = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const longDateLine = /^(\d{1,2}) (\p{L}+) (\d{4})(?: - \d{1,2}:\d{2})?$/u;
const imageRow = /^!\[[^\]]*\]\([^)]*\)\s*\|?$/u;
const captionRow = /^\|\s*(.*?)\s*\|$/u;
const imageFileName = /^[\w.-]+\.(?:jpe?g|png|webp|gif)$/iu;
const captionMarker = 'Keterangan foto';
/** A caption carries its photo credit at the end: "(Foto: …)" or "(Tangkapan layar: …)". */
const creditedCaption = /\((?:Foto|Tangkapan layar|Sumber foto): [^()]+\)$/u;
/** Ends like a sentence (or a quote, or a lead-in to a list). */
const finalPunctuation = /[.!?:;…"”’')\]]$/u;
const honorific = /^(?:Ibu|Bapak|Pak|Bu|Tuan|Nyonya|Nona|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) /u;
const maxHeadingLength = 80;

/**
 * Day `YYYY-MM-DD` of "24 Oktober 2025" (Indonesian month names), or undefined.
 * @example longDateToDay('24 Oktober 2025 - 05:02') // → '2025-10-24'
 */
export function longDateToDay(line: string): string | undefined {
	const match = longDateLine.exec(line);
	const month = match ? months.indexOf(match[2]!.toLowerCase()) + 1 : 0;
	if (!match || month === 0) return undefined;
	return isoDay(match[3]!, String(month), match[1]!);
}

function isoDay(year: string, month: string, day: string): string | undefined {
	const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/**
 * Whether a line is a sub-heading: short, one clause, no sentence punctuation at the end.
 * @example isHeading('Arti khusus') // → true
 */
export function isHeading(text: string): boolean {
	return text.length <= maxHeadingLength && !finalPunctuation.test(text) && !text.includes(',') && /^\p{Lu}/u.test(text);
}

/**
 * Whether a line names the speaker of the pull-quote above it ("Ibu X, role"): honorific, comma, no final stop.
 * @example isAttribution('Ibu Pauline Tamesis, Koordinator Residen PBB di Vietnam') // → true
 */
export function isAttribution(text: string): boolean {
	return honorific.test(text) && text.includes(',') && !finalPunctuation.test(text) && text.length <= 160;
}

/** A block with the paragraph anchor it is cited by (`p-N`); headings, captions and breaks have none. */
export type AnchoredBlock = Block & { anchor?: string | undefined };

/**
 * Numbers the body paragraphs p-1, p-2 … in reading order: the one numbering the page's anchors and the quotes'
 * `paragraph` share. A pull-quote takes the anchor of the paragraph before it.
 * @example anchorBlocks([{ kind: 'paragraph', text: 'A', line: 1 }])[0].anchor // → 'p-1'
 */
export function anchorBlocks(blocks: readonly Block[]): AnchoredBlock[] {
	let paragraph = 0;
	return blocks.map((block) => {
		if (block.kind === 'paragraph') return { ...block, anchor: paragraphAnchor(++paragraph) };
		if (block.kind === 'pullquote') return { ...block, anchor: paragraph ? paragraphAnchor(paragraph) : undefined };
		return { ...block };
	});
}

/** Collapses whitespace so a repeat is found whatever its spacing. */
const sameTextKey = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Parses a raw article (already decoded, any line endings) into its parts and clean blocks.
 * @example parseRawArticle('Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nJudul\n\nIsi.\n\nSumber: https://x.vn/a').title?.text // → 'Judul'
 */
export function parseRawArticle(text: string, options: ParseOptions = {}): RawArticle {
	const lines = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n').map((line) => line.trim());
	const article: RawArticle = { credits: [], blocks: [] };
	let end = lines.length;
	const sourceIndex = lines.findIndex((line) => sourceLine.test(line));
	if (sourceIndex >= 0) {
		article.sourceUrl = { url: sourceLine.exec(lines[sourceIndex]!)![1]!, line: sourceIndex + 1 };
		end = sourceIndex; // everything after the source line is the site's boilerplate
	}
	end = takeTrailingCredits(lines, end, article);

	let start = 0;
	const firstLine = lines.findIndex((line) => line !== '');
	if (firstLine >= 0 && lines[firstLine] === PLATFORM_HEADER) {
		const titleIndex = lines.findIndex((line, i) => i > firstLine && line !== '');
		if (titleIndex >= 0 && titleIndex < end) {
			article.title = { text: lines[titleIndex]!, line: titleIndex + 1 };
			start = titleIndex + 1;
		} else start = firstLine + 1;
	}

	let blankRun = 0;
	let captionNext = false;
	const seen = new Set<string>();
	const push = (block: Block) => {
		if (block.kind !== 'break') {
			const key = sameTextKey(block.text);
			if (seen.has(key)) return; // repeated verbatim in the raw text: keep the first
			seen.add(key);
		}
		article.blocks.push(block);
	};
	for (let i = start; i < end; i++) {
		const line = lines[i]!;
		const lineNumber = i + 1;
		if (line === '') {
			blankRun++;
			continue;
		}
		const gap = blankRun;
		blankRun = 0;
		const outletDate = outletDateLine.exec(line);
		if (outletDate && !article.outletName) {
			article.outletName = { text: outletDate[1]!, line: lineNumber };
			const day = isoDay(outletDate[4]!, outletDate[3]!, outletDate[2]!);
			if (!day) throw new RawArticleError(lineNumber, `"${line}" has an impossible date`);
			article.published = { day, line: lineNumber };
			continue;
		}
		if (imageRow.test(line)) continue;
		if (imageFileName.test(line) || line === captionMarker) {
			captionNext = true;
			continue;
		}
		if (options.interview && gap >= 2 && article.blocks.length > 0) article.blocks.push({ kind: 'break', line: lineNumber });
		const row = captionRow.exec(line);
		if (row) {
			if (row[1]) push({ kind: 'caption', text: row[1], line: lineNumber });
			continue;
		}
		if (captionNext || creditedCaption.test(line)) {
			captionNext = false;
			push({ kind: 'caption', text: line, line: lineNumber });
			continue;
		}
		const previous = article.blocks.at(-1);
		if (isAttribution(line) && previous?.kind === 'paragraph') {
			// A pull-quote box: the quote stays once, as a quote, with the speaker under it.
			article.blocks[article.blocks.length - 1] = { kind: 'pullquote', text: previous.text, attribution: line, line: previous.line };
			continue;
		}
		push({ kind: isHeading(line) ? 'heading' : 'paragraph', text: line, line: lineNumber });
	}
	return article;
}

/** Reads credit and date lines just above the source line (004: "Konten: …", "24 Oktober 2025 - 05:02"). */
function takeTrailingCredits(lines: string[], end: number, article: RawArticle): number {
	const credits: Credit[] = [];
	let i = end - 1;
	for (; i >= 0; i--) {
		const line = lines[i]!;
		if (line === '') continue;
		const credit = creditLine.exec(line);
		const day = longDateToDay(line);
		if (credit) credits.unshift({ role: credit[1]!, name: credit[2]! });
		else if (day && !article.published) article.published = { day, line: i + 1 };
		else break;
	}
	article.credits = credits;
	return i + 1;
}
