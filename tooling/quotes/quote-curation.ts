/**
 * The curated quote file of one article (content/quotes/<slug>.yaml) and how an extraction run adds to it:
 * checked `quotes` and rejected `dropped` entries are never touched; a candidate is proposed only when no
 * quote, dropped entry or pending candidate already covers the same words in the same paragraph.
 */
import type { QuoteCandidate } from './quote-extraction.ts';
import { quoteId } from './quote-ids.ts';
import { normalizeWhitespace } from './quote-text.ts';
import { topicTags } from './quote-topics.ts';

/** A quote as stored: what the site publishes (under `quotes`) or proposes (under `candidates`). */
export interface StoredQuote {
	id: string;
	kind: 'direct' | 'reported';
	/** Who spoke; their title comes from their person record, never retyped here. */
	speaker?: string;
	paragraph: string;
	text: string;
	/** The site's English translation of `text`, added by the maintainer who checks the candidate. */
	textEn?: string;
	/** Only where the article prints the speaker's title wrongly: that wording, verbatim. */
	printedTitle?: string;
	factChecks?: string[];
	tags?: string[];
	/** For a maintainer (candidates) or, on a checked quote, a note shown with it. */
	note?: string;
}

export interface DroppedQuote {
	paragraph: string;
	text: string;
	reason: string;
}

export interface QuoteFile {
	/** Docs id of the article, e.g. `artikel/<slug>`. */
	article: string;
	quotes: StoredQuote[];
	candidates: StoredQuote[];
	dropped: DroppedQuote[];
}

/** Two texts cover the same words when one contains the other (a maintainer may trim a quote). */
function overlaps(a: string, b: string): boolean {
	const [x, y] = [normalizeWhitespace(a), normalizeWhitespace(b)];
	return x.includes(y) || y.includes(x);
}

/**
 * The candidates an extraction run adds to a quote file, with ids unique among `taken` (all ids in all files).
 */
export function newCandidates(file: QuoteFile, extracted: readonly QuoteCandidate[], day: string, taken: Set<string>): StoredQuote[] {
	const known = [...file.quotes, ...file.candidates, ...file.dropped];
	const added: StoredQuote[] = [];
	for (const candidate of extracted) {
		if (known.some((entry) => entry.paragraph === candidate.paragraph && overlaps(entry.text, candidate.text))) continue;
		const id = quoteId(candidate.speaker ?? 'tanpa-nama', day, candidate.idText, taken);
		taken.add(id);
		const stored: StoredQuote = {
			id,
			kind: candidate.kind,
			...(candidate.speaker ? { speaker: candidate.speaker } : {}),
			paragraph: candidate.paragraph,
			text: candidate.text,
			tags: topicTags(candidate.text),
			...(candidate.note ? { note: candidate.note } : {}),
		};
		added.push(stored);
		known.push(stored);
	}
	return added;
}
