// The docs pages by id, read once per build. Looking an id up here, unlike getEntry, logs nothing when it has no page:
// most English ids have none (an English article path shows the Indonesian original), and a site of 1,000 articles
// printed a thousand "was not found" warnings that hid the real ones.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOnce } from '../utils/build-once.ts';
import { idLocale } from '../utils/urls.ts';

type DocsPage = CollectionEntry<'docs'>;

const docsById = buildOnce(async () => new Map((await getCollection('docs')).map((entry) => [entry.id, entry])));

/**
 * The docs page with this id, or undefined.
 * @example await docsPage('en/konvensi') // → the English explainer's entry
 */
export async function docsPage(id: string): Promise<DocsPage | undefined> {
	return (await docsById()).get(id);
}

/**
 * The docs page shown at an id: its own, or for an English id without one the Indonesian original that Starlight
 * shows in its place.
 * @example await docsPageShown('en/artikel/x') // → the entry of artikel/x when it has no English page
 */
export async function docsPageShown(id: string): Promise<DocsPage | undefined> {
	return (await docsPage(id)) ?? (idLocale(id) === 'en' ? docsPage(id.slice('en/'.length)) : undefined);
}
