import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { intlLocale } from './intl-locale.ts';
import type { Locale } from './urls.ts';

/** The UN regional groups (DGACM), as record values. */
export const regionalGroups = ['african', 'asia-pacific', 'eastern-european', 'latin-american-caribbean', 'weog'] as const;
export type RegionalGroup = (typeof regionalGroups)[number];

export const ratificationKinds = ['ratification', 'acceptance', 'approval', 'accession'] as const;

/** The first day the Convention could be signed (Art. 64: Hanoi, 25–26 October 2025), and the Hanoi days. */
export const openedForSignature = new Date('2025-10-25T00:00:00Z');
export const lastHanoiDay = new Date('2025-10-26T00:00:00Z');
/** Instruments needed for entry into force (Art. 65(1)). */
export const instrumentsNeeded = 40;

/** One state or organisation (the `states` collection's data, content/states/<iso>.yaml). */
export interface StateRecord {
	name: { id: string; en: string };
	iso: string;
	m49?: string | undefined;
	kind: 'state' | 'organisation';
	group?: RegionalGroup | undefined;
	signature?: { date?: Date | undefined; place: 'Hanoi' | 'New York'; citations: string[] } | undefined;
	ratification?: Ratification | undefined;
	notSigned?: { note?: Bilingual | undefined; citations: string[] } | undefined;
}

type Bilingual = { id: string; en: string };

export interface Ratification {
	kind: (typeof ratificationKinds)[number];
	date?: Date | undefined;
	reported: Date;
	deposited?: Date | undefined;
	reservations?: boolean | undefined;
	unconfirmed: boolean;
	note?: Bilingual | undefined;
	citations: string[];
}


/**
 * Where a record stands, from the strongest step its sources report: a ratification (or accession), a signature,
 * or no signature where a source says so.
 */
export const statuses = ['ratified', 'signed', 'not-signed'] as const;
export type Status = (typeof statuses)[number];

/**
 * A record's status.
 * @example stateStatus({ signature: { place: 'Hanoi', citations: ['a'] } } as StateRecord) // → 'signed'
 */
export function stateStatus(record: Pick<StateRecord, 'signature' | 'ratification'>): Status {
	if (record.ratification) return 'ratified';
	if (record.signature) return 'signed';
	return 'not-signed';
}

/** The headline figures of the tracker, each derived from the records and the reported Hanoi count. */
export interface TrackerFigures {
	/** Signatories named in the records, and of them those that signed in Hanoi. */
	named: number;
	namedHanoi: number;
	/** The Hanoi total that sources report (the two-day count), and how many of those no source names. */
	reportedHanoi: number;
	unnamedHanoi: number;
	/** Signatures after Hanoi, in New York, named in the records. */
	newYork: number;
	/** Every signatory: the reported Hanoi total plus the later signatures. */
	signatories: number;
	ratifications: number;
	needed: number;
}

/**
 * The figures of the tracker: signatories are the reported Hanoi total (the highest final count) plus the New York
 * signatures the records name, since the sources do not name every Hanoi signatory.
 * @example trackerFigures(records, 72) // → { signatories: 73, named: 67, unnamedHanoi: 5, … }
 */
export function trackerFigures(records: StateRecord[], reportedHanoi: number): TrackerFigures {
	const signed = records.filter((record) => record.signature);
	const namedHanoi = signed.filter((record) => record.signature!.place === 'Hanoi').length;
	const newYork = signed.length - namedHanoi;
	return {
		named: signed.length,
		namedHanoi,
		reportedHanoi,
		unnamedHanoi: reportedHanoi - namedHanoi,
		newYork,
		signatories: reportedHanoi + newYork,
		ratifications: records.filter((record) => record.ratification).length,
		needed: instrumentsNeeded,
	};
}

/**
 * Items in reading order: by the name in the reader's language.
 * @example sortByName(records, 'id', (record) => record.name) // → Aljazair, Amerika Serikat, Angola, …
 */
export function sortByName<T>(items: T[], locale: Locale, name: (item: T) => { id: string; en: string }): T[] {
	const collator = new Intl.Collator(intlLocale[locale]);
	return [...items].sort((a, b) => collator.compare(name(a)[locale], name(b)[locale]));
}

/** One dated step since Hanoi for the short story on the status page: a later signature or a ratification. */
export interface StoryStep {
	date: Date;
	record: StateRecord;
	step: 'signature' | 'ratification';
	/** The date is that of the source reporting the step, not of the step itself (the sources do not give it). */
	dateIsReport: boolean;
	citations: string[];
}

/**
 * The steps after the Hanoi ceremony, oldest first: New York signatures and ratifications.
 * @example storySince(records) // → [Mauritius signs 19 Nov 2025, Azerbaijan ratifies 23 Feb 2026, …]
 */
export function storySince(records: StateRecord[]): StoryStep[] {
	const steps: StoryStep[] = [];
	for (const record of records) {
		const { signature, ratification } = record;
		if (signature?.date && signature.place === 'New York') {
			steps.push({ date: signature.date, record, step: 'signature', dateIsReport: false, citations: signature.citations });
		}
		if (ratification) {
			const date = ratification.date ?? ratification.reported;
			steps.push({ date, record, step: 'ratification', dateIsReport: !ratification.date, citations: ratification.citations });
		}
	}
	return steps.sort((a, b) => a.date.getTime() - b.date.getTime() || a.record.iso.localeCompare(b.record.iso));
}

/**
 * The newest date behind the data: the latest publication date among the cited references, or a record's own date.
 * @example asOfDate(records, (id) => publishedDates.get(id)) // → 2026-05-26
 */
export function asOfDate(records: StateRecord[], published: (citation: string) => Date | undefined): Date {
	let newest = openedForSignature;
	const consider = (date: Date | undefined) => {
		if (date && date.getTime() > newest.getTime()) newest = date;
	};
	for (const record of records) {
		const parts = [record.signature, record.ratification, record.notSigned];
		for (const part of parts) for (const citation of part?.citations ?? []) consider(published(citation));
		consider(record.signature?.date);
		consider(record.ratification?.date);
		consider(record.ratification?.reported);
	}
	return newest;
}

/** A problem in one record file, with the line it is on. */
export interface RecordProblem {
	file: string;
	line: number;
	message: string;
}

const day = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));

/**
 * Checks the record files for what the schema cannot see across fields and files: dates before the Convention
 * opened for signature, a Hanoi signature outside 25–26 October 2025, a ratification without a signature (unless it
 * is an accession), a record both signed and marked as not signed, and more Hanoi signatures named than the highest
 * Hanoi total any source reports. Each problem names the file and line.
 * @example checkStateFiles([{ file: 'content/states/x.yaml', text: 'signature:\n  date: 2025-01-01\n' }], 72)
 *   // → [{ file: 'content/states/x.yaml', line: 2, message: 'signature date 2025-01-01 is before …' }]
 */
export function checkStateFiles(files: { file: string; text: string }[], reportedHanoi: number): RecordProblem[] {
	const problems: RecordProblem[] = [];
	let hanoiSignatures = 0;
	let lastHanoiFile: { file: string; line: number } | undefined;
	for (const { file, text } of files) {
		const lines = new LineCounter();
		const doc = parseDocument(text, { lineCounter: lines });
		const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
		const problem = (node: Node | null | undefined, message: string) => problems.push({ file, line: lineOf(node), message });
		if (doc.errors.length) {
			for (const error of doc.errors) problems.push({ file, line: error.linePos?.[0].line ?? 1, message: error.message });
			continue;
		}
		const root = doc.contents;
		if (!isMap(root)) {
			problem(root, 'a record must be a mapping (name, iso, signature, …)');
			continue;
		}
		const section = (key: string) => {
			const node = root.get(key, true);
			return isMap(node) ? node : undefined;
		};
		const signature = section('signature');
		const ratification = section('ratification');
		const notSigned = section('notSigned');
		const dateNode = (map: typeof signature, key: string) => {
			const node = map?.get(key, true);
			return isScalar(node) ? node : undefined;
		};
		for (const [map, keys, what] of [
			[signature, ['date'], 'signature'],
			[ratification, ['date', 'reported', 'deposited'], 'ratification'],
		] as const) {
			for (const key of keys) {
				const node = dateNode(map, key);
				if (!node) continue;
				const date = day(node.value);
				if (Number.isNaN(date.getTime())) problem(node, `${what} ${key} "${String(node.value)}" is not a date (YYYY-MM-DD)`);
				else if (date < openedForSignature) {
					problem(node, `${what} ${key} ${date.toISOString().slice(0, 10)} is before the Convention opened for signature (25 October 2025)`);
				}
			}
		}
		if (signature) {
			const place = signature.get('place');
			const dateValue = dateNode(signature, 'date');
			const date = dateValue ? day(dateValue.value) : undefined;
			if (place === 'Hanoi') {
				hanoiSignatures++;
				lastHanoiFile = { file, line: lineOf(signature) };
				if (date && date > lastHanoiDay) problem(dateValue, 'a Hanoi signature must be dated 25 or 26 October 2025 (later ones are in New York)');
			}
			if (place === 'New York' && date && date <= lastHanoiDay) problem(dateValue, 'a New York signature must be dated after the Hanoi ceremony (26 October 2025)');
			if (notSigned) problem(root.get('notSigned', true) as Node, 'a record cannot have both a signature and notSigned');
		}
		if (ratification && !signature && ratification.get('kind') !== 'accession') {
			problem(root.get('ratification', true) as Node, 'a ratification, acceptance or approval needs a signature; without one it must be kind: accession');
		}
		if (ratification) {
			const signed = dateNode(signature, 'date');
			const ratified = dateNode(ratification, 'date');
			if (signed && ratified && day(ratified.value) < day(signed.value)) problem(ratified, 'ratification date is before the signature date');
		}
	}
	if (hanoiSignatures > reportedHanoi && lastHanoiFile) {
		problems.push({
			...lastHanoiFile,
			message: `${hanoiSignatures} records signed in Hanoi, more than the ${reportedHanoi} that the reported Hanoi total allows (content/signatory-counts/)`,
		});
	}
	return problems;
}

/** One problem as a maintainer reads it: `file:line: message`. */
export const formatProblem = (problem: RecordProblem) => `${problem.file}:${problem.line}: ${problem.message}`;
