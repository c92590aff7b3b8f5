import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { articleSource } from '~/lib/article-source.ts';
import { shareImageSvg, wrapTitle } from '~/lib/share-image.ts';
import { siteTitle } from '~/lib/site.ts';

/** One share card per page of the docs collection, rendered at build time with no outside service. */
export const getStaticPaths = (async () =>
	(await getCollection('docs')).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props: { entry } }) => {
	const english = entry.id === 'en' || entry.id.startsWith('en/');
	const article = (await articleSource(entry))?.article;
	const outlet = article ? await getEntry(article.outlet) : undefined;
	const listing = await getEntry('docs', english ? 'en/artikel' : 'artikel');
	const label = outlet
		? `${listing?.data.title ?? 'Artikel'} · ${outlet.data.name}`
		: (wrapTitle(entry.data.description ?? '', 64, 1)[0] ?? '');
	const svg = shareImageSvg({ site: siteTitle[english ? 'en' : 'id'], title: entry.data.title, label });
	const png = await sharp(Buffer.from(svg)).png({ palette: true, effort: 1 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
