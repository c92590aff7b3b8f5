import type { APIRoute } from 'astro';

/** Lets every crawler in and points it at the sitemap, at the address the site is built for. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
