import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildOnce, buildOncePerKey } from '../utils/build-once.ts';
import { attributeValues, citationOrder, parseCitation, type CitationKey, type CitingTags } from '../utils/citations.ts';
import { compareCountReports, reportedHanoiTotal, signedRange } from '../utils/signatories.ts';
import { compareEvents } from '../utils/timeline.ts';
import { asOfDate, sortByName, storySince, trackerFigures, type StateRecord } from '../utils/states.ts';
import type { Locale } from '../utils/urls.ts';

type TimelineEvent = CollectionEntry<'timeline'>;

/** Timeline events in display order, oldest first. Sorted once per build; callers must not mutate the list. */
export const timelineEvents: () => Promise<TimelineEvent[]> = buildOnce(async () =>
	(await getCollection('timeline')).sort((a, b) => compareEvents(a.data, b.data)),
);

/** Reported signatory counts in display order (table and chart). Sorted once per build; do not mutate. */
export const signatoryCountReports: () => Promise<CollectionEntry<'signatoryCounts'>[]> = buildOnce(async () =>
	(await getCollection('signatoryCounts')).sort((a, b) => compareCountReports(a.data, b.data)),
);

/** The state and organisation records (content/states/), in file order. */
export async function stateRecords() {
	return getCollection('states');
}

/** The named signatories in the order of the who-signed table, by name in the reader's language (sorted once per build). */
const signatoriesByName = buildOncePerKey(async (locale) => {
	const records = (await stateRecords()).filter((record) => record.data.signature);
	return sortByName(records, locale as Locale, (record) => record.data.name);
});
export function signatoryRecords(locale: Locale): Promise<CollectionEntry<'states'>[]> {
	return signatoriesByName(locale);
}

/** Every state record in the tracker's order, by name in the reader's language. */
export async function trackerRecords(locale: Locale) {
	return sortByName(await stateRecords(), locale, (record) => record.data.name);
}

/**
 * What the status page's headline says and the sources behind it: the figures, the reports giving the Hanoi total,
 * the records behind the later signatures and the ratifications, and the date of the newest source.
 */
export async function trackerSummary() {
	const [records, reports, references] = await Promise.all([stateRecords(), signatoryCountReports(), getCollection('references')]);
	const data: StateRecord[] = records.map((record) => record.data);
	const reportedHanoi = reportedHanoiTotal(reports.map((report) => report.data));
	const hanoiReports = reports.filter((report) => report.data.qualifier === 'final' && report.data.count === reportedHanoi);
	const published = new Map(references.map((reference) => [reference.id, reference.data.published]));
	const laterSignatures = data.filter((record) => record.signature?.place === 'New York');
	const ratified = data.filter((record) => record.ratification);
	return {
		figures: trackerFigures(data, reportedHanoi),
		asOf: asOfDate(data, (id) => published.get(id)),
		story: storySince(data),
		sources: {
			signatories: [...hanoiReports.flatMap((report) => report.data.citations), ...laterSignatures.flatMap((record) => record.signature!.citations)],
			ratifications: ratified.flatMap((record) => record.ratification!.citations),
		},
	};
}

type StateEntry = CollectionEntry<'states'>;

/** State records picked by file name, by name in the reader's language; an unknown name fails the build, naming the page. */
export function pickStateRecords(records: StateEntry[], ids: string[], citingPage: string, locale: Locale): StateEntry[] {
	const picked = ids.map((id) => {
		const record = records.find((entry) => entry.id === id);
		if (!record) throw new Error(`${citingPage}: unknown state record "${id}" (content/states/)`);
		return record;
	});
	return sortByName(picked, locale, (record) => record.data.name);
}

/** A record's sources in the order its row shows them: signature, ratification, "did not sign", each once. */
export const stateRecordCitations = (record: StateEntry['data']) => [
	...new Set([...(record.signature?.citations ?? []), ...(record.ratification?.citations ?? []), ...(record.notSigned?.citations ?? [])]),
];

/** Picks events by id, in the order asked; an unknown id fails the build, naming the page. */
export function pickEvents(events: TimelineEvent[], ids: string[], citingPage: string): TimelineEvent[] {
	return ids.map((id) => {
		const event = events.find((entry) => entry.id === id);
		if (!event) throw new Error(`${citingPage}: unknown timeline event "${id}" (content/timeline/)`);
		return event;
	});
}

/**
 * The data-backed components that cite on a page's behalf (<EventDate>, <Timeline>, the signatory tables), for
 * citationOrder: each expands to the keys it renders, in its render order.
 */
export async function pageCitingTags(citingPage: string): Promise<CitingTags> {
	const locale: Locale = citingPage.startsWith('en/') ? 'en' : 'id';
	const [events, counts, signatories, tracker, tracked, records] = await Promise.all([
		timelineEvents(),
		signatoryCountReports(),
		signatoryRecords(locale),
		trackerSummary(),
		trackerRecords(locale),
		stateRecords(),
	]);
	const eventCitations = (ids: string[]) => pickEvents(events, ids, citingPage).flatMap((event) => event.data.citations);
	return {
		EventDate: (attributes) => eventCitations(attributeValues(attributes, 'id')),
		Timeline: (attributes) => {
			const ids = attributeValues(attributes, 'ids');
			return ids.length ? eventCitations(ids) : events.flatMap((event) => event.data.citations);
		},
		SignatoryCountTable: () => counts.flatMap((report) => report.data.citations),
		SignedRange: () => {
			const { low, high } = signedRange(counts.map((report) => report.data));
			return [...low.citations, ...high.citations];
		},
		SignatoryListTable: () => signatories.flatMap((record) => record.data.signature!.citations),
		StatusFigures: () => [...tracker.sources.signatories, ...tracker.sources.ratifications],
		StatusStory: () => tracker.story.flatMap((step) => step.citations),
		StatusTable: () => tracked.flatMap((record) => stateRecordCitations(record.data)),
		StateStatusTable: (attributes) =>
			pickStateRecords(records, attributeValues(attributes, 'states'), citingPage, locale).flatMap((record) => stateRecordCitations(record.data)),
	};
}

/**
 * The distinct citation keys of a docs page (its <Cite> marks and its data components), in order of first use:
 * note n of the page is key n - 1. Worked out once per page and build, since every <Cite> mark, the source list
 * and the backlinks index ask for it.
 */
export const pageCitationKeys: (pageId: string) => Promise<CitationKey[]> = buildOncePerKey(async (pageId) => {
	// Starlight's route entry names the root home '' where the collection says 'index'.
	const entry = await getEntry('docs', pageId || 'index');
	if (!entry) throw new Error(`pageCitationKeys: no docs page "${pageId}"`);
	return citationOrder(entry.body ?? '', await pageCitingTags(pageId));
});

/**
 * Which explainers of a locale cite each article (docs id `artikel/<slug>`), sorted by title: the backlinks index,
 * built once per build and locale instead of scanning every explainer on every article page.
 */
const explainersByArticle = buildOncePerKey(async (locale) => {
	const explainers = await getCollection(
		'docs',
		(entry) => entry.data.pageType === 'explainer' && entry.id.startsWith('en/') === (locale === 'en'),
	);
	const sorted = [...explainers].sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
	const index = new Map<string, CollectionEntry<'docs'>[]>();
	for (const explainer of sorted) {
		const cited = (await pageCitationKeys(explainer.id)).map(parseCitation);
		const articles = new Set(cited.flatMap((citation) => (citation.kind === 'paragraph' ? [citation.article] : [])));
		for (const article of articles) index.set(article, [...(index.get(article) ?? []), explainer]);
	}
	return index;
});

/** The explainers in one locale whose citations (their own and their data components') include a paragraph of an article. */
export async function explainersCiting(article: string, locale: Locale): Promise<CollectionEntry<'docs'>[]> {
	return (await explainersByArticle(locale)).get(article) ?? [];
}
