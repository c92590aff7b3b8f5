import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { jsonByLangLoader } from './loaders/i18n-loader.ts';
import { quotesLoader } from './loaders/quote-loader.ts';
import { siteStringKeys } from './utils/ui-strings.ts';
import { isCitationKey } from './utils/citations.ts';
import { articleTranslationSchema } from './schemas/article-translation.ts';
import { bilingual, httpsUrl, isoDate, slugId } from './schemas/common.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { outletSchema } from './schemas/outlet.ts';
import { personSchema } from './schemas/person.ts';
import { openedForSignature, ratificationKinds, regionalGroups } from './utils/states.ts';

/** Every collection reads from the top-level content/ folder. */
const contentDir = (name: string) => `./content/${name}`;


/** Frontmatter of a page made by the importer from a raw source article. */
const articleSchema = z.object({
	outlet: reference('outlets'),
	published: isoDate,
	/** What `published` is: the outlet's publication date, or, when the raw text has none, the date of the event reported. */
	dateKind: z.enum(['published', 'event']).default('published'),
	sourceUrl: httpsUrl,
	lang: z.literal('id'),
	originalLang: z.literal('vi'),
	translation: z.object({ platform: z.string(), note: z.string().optional() }),
	people: z.array(reference('people')).default([]),
	topics: z.array(slugId).default([]),
	author: z.string().optional(),
	/** Credits printed above the source line, e.g. { role: 'Foto', name: 'Quyet Thang' }. */
	credits: z.array(z.object({ role: z.string(), name: z.string() })).default([]),
	editorNote: z.string().optional(),
	raw: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
	/** Hash of the page as the importer wrote it; a mismatch means a maintainer edited the page. */
	importHash: z.string().regex(/^[0-9a-f]{64}$/),
});

const docs = defineCollection({
	loader: glob({ base: contentDir('docs'), pattern: '**/[^_]*.{md,mdx}' }),
	schema: docsSchema({
		extend: z.object({
			pageType: z.enum(['home', 'explainer', 'article', 'listing', 'page']).default('page'),
			article: articleSchema.optional(),
			/** On an English article page: which Indonesian page it translates (or summarises); its facts come from there. */
			translationOf: articleTranslationSchema.optional(),
		}),
	}),
});

const i18n = defineCollection({
	loader: jsonByLangLoader(contentDir('i18n')),
	// Our own UI strings, required in every language so a missing translation fails the build.
	schema: i18nSchema({ extend: z.object(Object.fromEntries(siteStringKeys.map((key) => [key, z.string()]))) }),
});

// Outlets, organisations and people: one schema each in src/schemas/, which the importer and the quote tool also use.
const outlets = defineCollection({
	loader: glob({ base: contentDir('outlets'), pattern: '*.yaml' }),
	schema: outletSchema,
});

const organisations = defineCollection({
	loader: glob({ base: contentDir('organisations'), pattern: '*.yaml' }),
	schema: organisationSchema(reference('organisations')),
});

const people = defineCollection({
	loader: glob({ base: contentDir('people'), pattern: '*.yaml' }),
	schema: personSchema(reference('organisations')),
});

/** Public sources outside the five articles (from the facts dossier), cited by file name. */
const references = defineCollection({
	loader: glob({ base: contentDir('references'), pattern: '*.yaml' }),
	schema: z.object({
		title: z.string(),
		publisher: z.string(),
		/** Publication date when the source gives one; omitted for undated pages. */
		published: isoDate.optional(),
		url: httpsUrl,
		lang: z.string(),
	}),
});

/** Sources for a fact held in data: keys in the same form as `<Cite src>`; they resolve when a page renders them. */
const citations = z.array(z.string().refine(isCitationKey, 'use a reference id or "artikel/<slug>#p-<n>"')).min(1);

/** Dated events of the timeline (content/timeline/<event-id>.yaml); explainers show their dates with <EventDate>. */
const timeline = defineCollection({
	loader: glob({ base: contentDir('timeline'), pattern: '*.yaml' }),
	schema: z.object({
		date: isoDate,
		/** How much of `date` the sources give: a month-only date is stored as the 1st of that month. */
		precision: z.enum(['day', 'month', 'year']).default('day'),
		/** Last day of an event that spans several days. */
		endDate: isoDate.optional(),
		title: bilingual,
		summary: bilingual,
		citations,
	}),
});

/** Each reported count of states that signed, as one source gave it (content/signatory-counts/<id>.yaml). */
const signatoryCounts = defineCollection({
	loader: glob({ base: contentDir('signatory-counts'), pattern: '*.yaml' }),
	schema: z.object({
		count: z.number().int().positive(),
		/** The moment the count describes (not when it was published). */
		asOf: isoDate,
		qualifier: z.enum(['expected', 'first-day', 'final']),
		/** Who gave the figure in a few words, for the chart's row label. */
		label: bilingual,
		/** Who gave the figure, e.g. the ministry at its press conference, as the source reports it. */
		reportedBy: bilingual,
		/** When the source published it. */
		reported: isoDate,
		citations,
	}),
});

/** A date the tracker records: never before the Convention opened for signature. */
const sinceSigning = isoDate.refine((date) => date >= openedForSignature, 'is before the Convention opened for signature (25 October 2025)');

/**
 * One state or organisation and where it stands (content/states/<iso>.yaml): its signature, its ratification (or
 * acceptance, approval, accession), or a source saying it did not sign. Each step cites its sources; a date or a
 * detail goes in only when a source gives it. `npm test` also checks the records against each other (src/utils/states.ts).
 */
const states = defineCollection({
	loader: glob({ base: contentDir('states'), pattern: '*.yaml' }),
	schema: z
		.object({
			name: bilingual,
			/** ISO 3166-1 alpha-3 code; `EU` for the European Union. */
			iso: z.string().regex(/^(?:[A-Z]{3}|EU)$/u, 'use the ISO 3166-1 alpha-3 code (EU for the European Union)'),
			/** UN M49 / ISO numeric code: the key of the country's shape on the map. */
			m49: z.string().regex(/^\d{3}$/u).optional(),
			kind: z.enum(['state', 'organisation']).default('state'),
			/** UN regional group (DGACM list); omitted for states outside the groups and for organisations. */
			group: z.enum(regionalGroups).optional(),
			signature: z
				.object({
					/** Omitted when the source names the signatory without a day. */
					date: sinceSigning.optional(),
					place: z.enum(['Hanoi', 'New York']),
					citations,
				})
				.strict()
				.optional(),
			ratification: z
				.object({
					kind: z.enum(ratificationKinds),
					/** The day of the act, when a source gives it. */
					date: sinceSigning.optional(),
					/** The date of the earliest source that reports the step done. */
					reported: sinceSigning,
					/** The day the instrument was deposited with the UN Secretary-General, when a source gives it. */
					deposited: sinceSigning.optional(),
					/** With reservations or declarations: only when a source says so either way. */
					reservations: z.boolean().optional(),
					/** Only sources too weak to state it in the site's voice report it. */
					unconfirmed: z.boolean().default(false),
					note: bilingual.optional(),
					citations,
				})
				.strict()
				.optional(),
			/** A source says the state did not sign (or is absent from the signatory lists). */
			notSigned: z.object({ note: bilingual.optional(), citations }).strict().optional(),
		})
		.strict()
		.refine((record) => record.signature || record.notSigned || record.ratification, 'give a signature, a ratification or notSigned')
		.refine(
			(record) => !record.ratification || record.signature || record.ratification.kind === 'accession',
			'a ratification, acceptance or approval needs a signature; without one it must be kind: accession',
		),
});

/**
 * The corrections log (content/corrections/<YYYY-MM-DD>-<what>.yaml): one entry per fix that changed a fact a reader
 * saw. Rendered at /koreksi/ and /en/koreksi/, as a dated notice on each page it names, and in the RSS feed.
 */
const corrections = defineCollection({
	loader: glob({ base: contentDir('corrections'), pattern: '*.yaml' }),
	schema: z.object({
		/** When the correction was published on the site. */
		date: isoDate,
		/** Docs ids of the Indonesian pages corrected (`konvensi`, `artikel/<slug>`); their English pages share the entry. */
		pages: z.array(z.string().regex(/^(?!en\/)[a-z0-9/-]+$/u, 'use the Indonesian page id, e.g. "konvensi"')).min(1),
		/** A few words for the notice and the feed: what the correction is about. */
		summary: bilingual,
		/** What the page said, and what it says now. */
		wrong: bilingual,
		right: bilingual,
		/** Where an editor weighed the matter differently from the report that raised it, and why. */
		note: bilingual.optional(),
		citations,
	}),
});

/**
 * Editors' fact-check notes (content/fact-checks/<id>.yaml): a statement an article prints, verbatim and still wrong.
 * The note shows beside each listed paragraph and on every quote that names it in `factChecks`.
 */
const factChecks = defineCollection({
	loader: glob({ base: contentDir('fact-checks'), pattern: '*.yaml' }),
	schema: z.object({
		/** The article paragraphs that print the statement, `artikel/<slug>#p-<n>`. */
		paragraphs: z.array(z.string().regex(/^artikel\/[a-z0-9-]+#p-\d+$/u, 'use "artikel/<slug>#p-<n>"')).min(1),
		/** What is wrong and what is right, in the site's own voice. */
		note: bilingual,
		citations,
	}),
});

/** Quotes and reported statements of the imported articles: content/quotes/<article slug>.yaml, one entry per quote. */
const quotes = defineCollection({
	loader: quotesLoader(contentDir('quotes')),
	// Strict: a field the schema does not know (a retyped `role`) fails the build instead of being dropped unseen.
	schema: z.strictObject({
		/** `direct`: words the article presents as the speaker's (quotation marks, pull-quote, interview answer); `reported`: the outlet's paraphrase. */
		kind: z.enum(['direct', 'reported']),
		/** Who spoke; their title comes from their person record (content/people/), never retyped here. */
		speaker: reference('people'),
		/** Docs id of the article, `artikel/<slug>`; outlet and date come from its frontmatter. */
		article: reference('docs'),
		paragraph: z.string().regex(/^p-\d+$/u),
		/** The words exactly as the article prints them (without the quotation marks): Vietnam.vn's Indonesian translation. */
		text: z.string().min(1),
		/** The site's own English translation of `text`: faithful, names and numbers exact, errors kept as printed. */
		textEn: z.string().min(1),
		/** Only where the article prints the speaker's title wrongly (a machine-translation error): that wording, verbatim. */
		printedTitle: z.string().min(1).optional(),
		/** Fact-check notes (content/fact-checks/) on a statement these words make. */
		factChecks: z.array(reference('factChecks')).default([]),
		tags: z.array(slugId).default([]),
		/** For maintainers: how the speaker or the text was checked. */
		note: z.string().optional(),
	}),
});

export const collections = {
	docs,
	i18n,
	outlets,
	organisations,
	people,
	references,
	timeline,
	signatoryCounts,
	states,
	factChecks,
	quotes,
	corrections,
};
