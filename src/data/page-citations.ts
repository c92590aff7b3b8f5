/**
 * The citations of a docs page (its <Cite> marks and the data components that cite on its behalf) and the explainers
 * citing each article (the backlinks).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildOncePerKey } from '../utils/build-once.ts';
import { attributeValues, citationOrder, parseCitation, type CitationKey, type CitingTags } from '../utils/citations.ts';
import { signedRange } from '../utils/signatories.ts';
import { idLocale, type Locale } from '../utils/urls.ts';
import { pickStateRecords, signatoryCountReports, signatoryRecords, stateRecordCitations, stateRecords, trackerRecords, trackerSummary } from './state-records.ts';
import { pickEvents, timelineEvents } from './timeline-events.ts';

/**
 * The data-backed components that cite on a page's behalf (<EventDate>, <Timeline>, the signatory tables), for
 * citationOrder: each expands to the keys it renders, in its render order.
 */
export async function pageCitingTags(citingPage: string): Promise<CitingTags> {
	const locale = idLocale(citingPage);
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
