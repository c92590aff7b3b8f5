import { z } from 'astro/zod';
import { slugId } from './common.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** What a raw article lacks, beside it as content/sources/NNN_<anything>.meta.yaml (README, "Adding a new article"). */
export const sourceMetaSchema = z
	.object({
		title: text.optional(),
		slug: slugId.optional(),
		published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'use "YYYY-MM-DD"').optional(),
		dateKind: z.enum(['published', 'event']).optional(),
		outlet: text.optional(),
		sourceUrl: text.optional(),
		author: text.optional(),
		editorNote: text.optional(),
		translationNote: text.optional(),
		topics: z.array(slugId).optional(),
		/** The article is an interview whose questions are missing: blank-line gaps become section breaks. */
		interview: z.boolean().optional(),
	})
	.strict();

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
