/**
 * Finds quote candidates in an imported article: direct quotes (words in quotation marks, pull-quotes,
 * an interviewee's answers) and reported statements (the outlet's paraphrase, "X mengatakan bahwa …",
 * "Menurut X, …"). Candidates are proposals for a maintainer: a speaker the rules cannot pin down is left
 * empty with a note, never guessed.
 */
import type { AnchoredBlock } from '../importer/raw-article.ts';
import { normalizeWhitespace } from './quote-text.ts';
import type { PersonNames } from '../../src/utils/people.ts';

export interface QuoteCandidate {
	kind: 'direct' | 'reported';
	/** Person id, or undefined when the rules could not tell who spoke. Their title comes from the person record. */
	speaker?: string | undefined;
	/** Anchor of the paragraph the words are in (for a pull-quote: the paragraph it stands beside). */
	paragraph: string;
	text: string;
	/** Where the speaker's own words (or their paraphrase) start: the basis of the quote's id. */
	idText: string;
	/** Why a maintainer should look twice. */
	note?: string;
}

/** Verbs of saying that introduce a reported statement, longest first so "menyambut baik" wins over parts. */
const reportingVerbs = [
	'menyambut baik',
	'mengatakan',
	'menyatakan',
	'menegaskan',
	'menekankan',
	'menyampaikan',
	'menyoroti',
	'mencatat',
	'menyarankan',
	'meminta',
	'mengapresiasi',
	'mengonfirmasi',
	'menjelaskan',
	'mengungkapkan',
	'menilai',
	'berharap',
];
const verbPattern = new RegExp(`(?<![\\p{L}])(?:juga |telah |dengan hormat |sangat )*(${reportingVerbs.join('|')})(?![\\p{L}])`, 'u');
/** A quote shorter than this is a term in quotation marks ("bambu Vietnam"), not someone's words. */
const minQuoteWords = 6;
/** Subjects that stand for a person without naming them: "Menteri", "Perwakilan PBB", "Jenderal Senior tersebut". */
const personTitle = /^(?:Ibu |Bapak )?(?:Wakil |Mantan )?(?:Menteri|Perwakilan|Direktur|Presiden|Perdana Menteri|Sekretaris Jenderal|Koordinator|(?:Letnan |Mayor |Senior )?Jenderal)\b/u;
/** Marks a subject that points back at someone already named. */
const anaphora = /\b(?:tersebut|beliau|juga)\b/u;
const quoteSpan = /["“]([^"“”]+)["”]/gu;
/** A subject that can only be the person just quoted. */
const pronoun = /^(?:Ia|Dia|Beliau)(?![\p{L}])/u;
const followedNote = 'the next sentence names no speaker and is left out: check whether it continues the statement';

/** Closes a reported statement at a sentence that is not part of it, telling the maintainer where it was cut. */
function endStatement(current: QuoteCandidate | undefined): undefined {
	if (current?.kind === 'reported' && !current.note) current.note = followedNote;
	return undefined;
}

interface Mention {
	person: string;
	start: number;
	end: number;
}

/**
 * Every person mention in a text, earliest first; a longer name wins where two overlap.
 * @example findMentions('Menteri Luong Tam Quang', [{ id: 'ltq', names: ['Luong Tam Quang'] }])[0].person // → 'ltq'
 */
export function findMentions(text: string, people: readonly PersonNames[]): Mention[] {
	const found: Mention[] = [];
	for (const person of people) {
		for (const name of person.names) {
			if (!name) continue;
			let from = 0;
			for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, from)) {
				found.push({ person: person.id, start: at, end: at + name.length });
				from = at + name.length;
			}
		}
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	return found.filter((mention, index) => !found.slice(0, index).some((other) => other.start <= mention.start && other.end >= mention.end));
}

/**
 * Splits a paragraph into sentences without cutting inside quotation marks; offsets are kept.
 * @example splitSentences('A b. "C. D," kata E. F.').map((s) => s.text) // → ['A b.', '"C. D," kata E.', 'F.']
 */
export function splitSentences(text: string): { text: string; start: number }[] {
	const masked = text.replace(quoteSpan, (span) => span.replace(/[.!?]/gu, '_'));
	const sentences: { text: string; start: number }[] = [];
	const boundary = /(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/gu;
	let start = 0;
	for (const match of masked.matchAll(boundary)) {
		sentences.push({ text: text.slice(start, match.index), start });
		start = match.index + match[0].length;
	}
	sentences.push({ text: text.slice(start), start });
	return sentences.filter((sentence) => sentence.text.trim());
}

/** Who a subject without a name stands for: the person named right beside that title earlier, else the last speaker if the subject points back. */
function resolveTitle(subject: string, earlier: readonly string[], people: readonly PersonNames[], lastSpeaker: string | undefined): { speaker?: string; note?: string } {
	const said = subject.trim();
	if (!personTitle.test(said)) return {};
	// The whole title as written ("Wakil Menteri Keamanan Publik"), so a shorter title shared by two people does not match.
	const title = /^(?:\p{Lu}[\p{L}-]*(?: |$))+/u.exec(said)![0].trim();
	for (const text of [...earlier].reverse()) {
		for (const mention of findMentions(text, people).reverse()) {
			const near = text.slice(Math.max(0, mention.start - title.length - 30), mention.end + title.length + 30);
			if (near.includes(title)) return { speaker: mention.person, note: `speaker named only as "${said}": the person given this title earlier in the article` };
		}
	}
	if (anaphora.test(said) && lastSpeaker) return { speaker: lastSpeaker, note: `speaker named only as "${said}": taken to be the previous speaker` };
	return { note: `speaker named only as "${said}": not resolved` };
}

/**
 * Quote candidates of one article, in reading order.
 * @example extractQuoteCandidates(anchorBlocks(raw.blocks), people, { interview: false })
 */
export function extractQuoteCandidates(blocks: readonly AnchoredBlock[], people: readonly PersonNames[], options: { interview: boolean }): QuoteCandidate[] {
	const candidates: QuoteCandidate[] = [];
	const earlier: string[] = [];
	let lastSpeaker: string | undefined;
	let answering = false;
	let interviewee: string | undefined;

	for (const block of blocks) {
		if (block.kind === 'break') {
			answering = options.interview;
			continue;
		}
		if (block.kind === 'pullquote' && block.anchor) {
			const speaker = findMentions(block.attribution, people)[0]?.person;
			candidates.push({ kind: 'direct', speaker, paragraph: block.anchor, text: block.text, idText: block.text, note: 'pull-quote: linked to the paragraph it stands beside' });
			lastSpeaker = speaker ?? lastSpeaker;
		}
		if (block.kind !== 'paragraph' || !block.anchor) {
			earlier.push(block.kind === 'pullquote' ? block.attribution : block.text);
			continue;
		}
		const text = normalizeWhitespace(block.text);
		if (options.interview && /wawancara dengan/u.test(text)) interviewee = findMentions(text, people)[0]?.person;
		if (answering) {
			candidates.push({ kind: 'direct', speaker: interviewee, paragraph: block.anchor, text, idText: text, ...(interviewee ? {} : { note: 'interview answer: interviewee not found' }) });
			earlier.push(text);
			continue;
		}
		let current: QuoteCandidate | undefined;
		for (const sentence of splitSentences(text)) {
			const quotes = [...sentence.text.matchAll(quoteSpan)].filter((match) => match[1]!.trim().split(/\s+/u).length >= minQuoteWords);
			if (quotes.length) {
				current = undefined;
				for (const match of quotes) {
					const words = match[1]!.trim().replace(/,$/u, '');
					const outside = sentence.text.replace(match[0], ' ');
					const mentions = findMentions(outside, people);
					const resolved = mentions.length
						? { speaker: mentions.at(-1)!.person }
						: resolveTitle(outside.replace(/^[\s,]*(?:\p{Ll}+ )/u, ''), earlier, people, lastSpeaker);
					candidates.push({ kind: 'direct', speaker: resolved.speaker, paragraph: block.anchor, text: words, idText: words, ...(resolved.note ? { note: resolved.note } : {}) });
					lastSpeaker = resolved.speaker ?? lastSpeaker;
				}
				continue;
			}
			const verb = verbPattern.exec(sentence.text);
			const menurut = /(?:^|, )[Mm]enurut ([^,]+),/u.exec(sentence.text);
			const prefix = menurut ? menurut[1]! : verb ? sentence.text.slice(0, verb.index + verb[0].indexOf(verb[1]!)) : undefined;
			if (prefix === undefined) {
				// A sentence that reports no one is the outlet's own: the statement ends before it.
				current = endStatement(current);
				continue;
			}
			// The subject is the clause right before the verb: "Terkait …, Menteri menyatakan".
			const subject = menurut ? prefix : prefix.split(/,\s*/u).at(-1)!;
			const mentions = findMentions(prefix, people);
			let resolved: { speaker?: string; note?: string };
			if (new Set(mentions.map((m) => m.person)).size > 1) {
				resolved = { note: 'several people are named before the verb: who said it is unclear' };
			} else if (mentions.length) {
				resolved = { speaker: mentions.at(-1)!.person };
			} else {
				resolved = resolveTitle(subject, earlier, people, lastSpeaker);
				if (!resolved.speaker && !resolved.note) {
					// "Ia menambahkan …" goes on with the current speaker; any other subject (a report, a ministry,
					// "the delegates") is someone else, so the current statement ends.
					if (current && pronoun.test(subject.trim())) current.text += ` ${sentence.text}`;
					else current = endStatement(current);
					continue;
				}
			}
			if (current && resolved.speaker && current.speaker === resolved.speaker) {
				current.text += ` ${sentence.text}`;
				continue;
			}
			const idText = menurut ? sentence.text.slice(menurut.index + menurut[0].length) : sentence.text.slice(verb!.index + verb![0].length).replace(/^\s*(?:bahwa|agar)\s+/u, '');
			current = { kind: 'reported', speaker: resolved.speaker, paragraph: block.anchor, text: sentence.text, idText, ...(resolved.note ? { note: resolved.note } : {}) };
			candidates.push(current);
			lastSpeaker = resolved.speaker ?? lastSpeaker;
		}
		earlier.push(text);
	}
	return candidates.map((candidate) => ({ ...candidate, text: normalizeWhitespace(candidate.text), idText: candidate.idText.trim() }));
}
