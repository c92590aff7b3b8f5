import { z } from 'astro/zod';
import { isoDate, recordId } from './common.ts';

/** A person the articles name: content/people/<id>.yaml. `organisation` is how a role names its organisation.
 * Strict, so a misspelt field name (`aliasses`) fails instead of vanishing. */
export const personSchema = <Reference extends z.ZodType = typeof recordId>(organisation: Reference = recordId as unknown as Reference) =>
	z.object({
		/** The name as the source articles write it. */
		name: z.string(),
		/** The name with Vietnamese diacritics, where known. */
		nativeName: z.string().optional(),
		aliases: z.array(z.string()).default([]),
		roles: z
			.array(
				z.object({
					title: z.object({ id: z.string(), en: z.string() }),
					organisation: organisation.optional(),
					from: isoDate.optional(),
					to: isoDate.optional(),
					/** Where the role is stated: an article paragraph or a public source URL. */
					source: z.string(),
				}),
			)
			.default([]),
	})
	.strict();
