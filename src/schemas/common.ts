/** Field types every record shares. Plain zod: the build (src/content.config.ts) and the Node tools import them alike. */
import { z } from 'astro/zod';

export const isoDate = z.coerce.date();
export const httpsUrl = z.url({ protocol: /^https$/ });
/** Ids, slugs and tags: lowercase words joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
export const slugId = z.string().regex(slugPattern, 'use lowercase words joined by hyphens');
export const bilingual = z.object({ id: z.string(), en: z.string() });

/**
 * How a record names another one in the Node tools (importer, quote tool): its id. The build passes Astro's
 * `reference(collection)` instead, which also checks that the record exists.
 */
export const recordId = slugId;
