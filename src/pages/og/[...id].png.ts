import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { outletOf } from '~/data/outlets.ts';
import sharp from 'sharp';
import { articleSource } from '~/data/article-source.ts';
import { cachedShareImage, shareImageKey, systemFontsFingerprint, type ShareImageRenderer } from '~/build/share-image-cache.ts';
import { shareImageSvg, wrapTitle } from '~/utils/share-image.ts';
import { siteTitle } from '~/utils/site.ts';

const pngOptions = { palette: true, effort: 1 } as const;
/** sharp and libvips versions, the PNG options and the system fonts: what besides the SVG decides a card's pixels. */
const renderer: ShareImageRenderer = {
	key: JSON.stringify({ versions: sharp.versions, pngOptions, fonts: systemFontsFingerprint() }),
	render: async (svg) => new Uint8Array(await sharp(Buffer.from(svg)).png(pngOptions).toBuffer()),
};

/** The card of a docs page, as SVG: the site's name, the page title, and its outlet (an article) or description. */
async function cardSvg(entry: CollectionEntry<'docs'>): Promise<string> {
	const english = entry.id === 'en' || entry.id.startsWith('en/');
	const article = (await articleSource(entry))?.article;
	const outlet = article ? await outletOf(article.outlet) : undefined;
	const listing = await getEntry('docs', english ? 'en/artikel' : 'artikel');
	const label = outlet
		? `${listing?.data.title ?? 'Artikel'} · ${outlet.data.name}`
		: (wrapTitle(entry.data.description ?? '', 64, 1)[0] ?? '');
	return shareImageSvg({ site: siteTitle[english ? 'en' : 'id'], title: entry.data.title, label });
}

/**
 * One share card per page of the docs collection, rendered at build time with no outside service. The SVG holds
 * all a card shows, so its key (with the renderer's) is the card's cache key: an unchanged card is not even requested.
 */
export const getStaticPaths = (async () =>
	Promise.all(
		(await getCollection('docs')).map(async (entry) => {
			const svg = await cardSvg(entry);
			return { params: { id: entry.id }, props: { svg }, cacheKey: shareImageKey(svg, renderer.key) };
		}),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props: { svg } }) => {
	// Rendered only when what the card shows (or how it is drawn) changed since a build that kept the cache.
	const png = await cachedShareImage(svg, renderer);
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
