import { z } from 'astro/zod';
import { httpsUrl } from './common.ts';

/** A news outlet: content/outlets/<id>.yaml. Strict, so a misspelt field name fails instead of vanishing. */
export const outletSchema = z
	.object({
		name: z.string(),
		/** The name as the raw text prints it, e.g. "Báo Tin Tức". */
		rawName: z.string().optional(),
		domain: z.string(),
		url: httpsUrl,
		lang: z.string(),
		description: z.object({ id: z.string(), en: z.string() }),
	})
	.strict();
