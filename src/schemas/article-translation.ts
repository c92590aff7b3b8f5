import { z } from 'astro/zod';

/**
 * Frontmatter `translationOf` of an English article page (content/docs/en/artikel/<slug>.mdx): the site's own
 * translation of the Indonesian page `article`. Read by the build (src/content.config.ts) and by the translation
 * check of `npm run import -- --check` alike.
 */
export const articleTranslationSchema = z.object({
	/** Docs id of the Indonesian page, `artikel/<slug>`. */
	article: z.string().regex(/^artikel\/[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'use "artikel/<slug>" of the Indonesian page'),
	/** `full`: paragraph for paragraph, same anchors; `summary`: an English summary until the translation is done. */
	kind: z.enum(['full', 'summary']),
	/** SHA-256 of the Indonesian page's text the translation was made from; the check warns once that text changes. */
	sourceHash: z.string().regex(/^[0-9a-f]{64}$/u),
	/** The Indonesian page's editor's note, in English. */
	editorNote: z.string().optional(),
});

export type ArticleTranslation = z.infer<typeof articleTranslationSchema>;
