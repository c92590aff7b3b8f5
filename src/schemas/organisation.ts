import { z } from 'astro/zod';
import { recordId } from './common.ts';

/** A body a person works for: content/organisations/<id>.yaml. `organisation` is how it names its parent. */
export const organisationSchema = <Reference extends z.ZodType = typeof recordId>(organisation: Reference = recordId as unknown as Reference) =>
	z.object({
		name: z.object({ id: z.string(), en: z.string() }),
		shortName: z.string().optional(),
		nativeName: z.string().optional(),
		aliases: z.array(z.string()).default([]),
		parent: organisation.optional(),
	})
	.strict();
