/**
 * Synthetic raw articles for the scale benchmark: N articles in exactly the raw format the importer reads
 * (platform header, title, doubled outlet+date line, image debris, repeated paragraphs, pull-quotes, credits,
 * `Sumber:` line, site boilerplate), with text chained from the real articles' words. Deterministic for a
 * seed; outlets, people and quotes are invented and belong in a scratch copy of the site, never in content/.
 */
import { slugFromTitle } from '../../tooling/importer/article-slug.ts';
import { paragraphAnchor } from '../../src/utils/paragraph-anchor.ts';
import { PLATFORM_HEADER, parseRawArticle } from '../../tooling/importer/raw-article.ts';

export interface SyntheticOutlet {
	id: string;
	name: string;
	rawName: string;
	domain: string;
}

export interface SyntheticPerson {
	id: string;
	name: string;
	honorific: 'Bapak' | 'Ibu';
	role: { id: string; en: string };
}

export interface SyntheticQuote {
	id: string;
	speaker: string;
	role: { id: string; en: string };
	/** Paragraph anchor the importer gives the quoted paragraph, `p-N`. */
	paragraph: string;
	/** The words inside the quotation marks, verbatim. */
	text: string;
}

export interface SyntheticArticle {
	/** Raw file name, `NNNNNN_<hex>.txt`, in import order. */
	file: string;
	text: string;
	/** Body of the `.meta.yaml` beside the raw file, when the article has one. */
	meta?: string | undefined;
	/** The page slug the importer derives from the title. */
	slug: string;
	published: string;
	quotes: SyntheticQuote[];
}

export interface SyntheticSite {
	outlets: SyntheticOutlet[];
	people: SyntheticPerson[];
	articles: SyntheticArticle[];
}

export interface SyntheticOptions {
	count: number;
	seed: number;
	/** The real raw articles' text: the vocabulary and word order the synthetic text is chained from. */
	corpus: string[];
	/** Names already used by real people, never given to a synthetic one. */
	reservedNames?: string[];
}

/**
 * Seeded PRNG (mulberry32): the same seed gives the same sequence of numbers in [0, 1).
 * @example const next = seededRandom(1); next() === seededRandom(1)() // → true
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The real outlets (content/outlets): rawName as printed, and the domain of their URLs. */
const realOutlets = [
	{ rawName: 'Báo Tin Tức', domain: 'baotintuc.vn' },
	{ rawName: 'Báo Nhân dân', domain: 'nhandan.vn' },
	{ rawName: 'Dân Trí', domain: 'dantri.com.vn' },
	{ rawName: 'Báo Thế giới và Việt Nam', domain: 'baoquocte.vn' },
	{ rawName: 'Báo Đại biểu Nhân dân', domain: 'daibieunhandan.vn' },
];
const syntheticOutletStems = ['Tin Số', 'Sông Hồng', 'Phương Nam', 'Mạng An Toàn', 'Thời Đại Số', 'Biển Đông', 'Cao Nguyên', 'Tây Bắc', 'Đồng Bằng', 'Thủ Đô', 'Kỹ Thuật', 'Pháp Luật Số'];
const families = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong'];
const middles = ['Van', 'Thi', 'Minh', 'Thanh', 'Quoc', 'Duc', 'Hoai', 'Ngoc'];
const givens = ['Anh', 'Binh', 'Cuong', 'Dung', 'Hai', 'Hung', 'Lan', 'Linh', 'Mai', 'Nam', 'Phuong', 'Son', 'Thao', 'Trung', 'Tuan', 'Yen'];
const roles = [
	{ id: 'Wakil Menteri Luar Negeri', en: 'Deputy Minister of Foreign Affairs' },
	{ id: 'Wakil Menteri Keamanan Publik', en: 'Deputy Minister of Public Security' },
	{ id: 'Direktur Departemen Keamanan Siber', en: 'Director of the Cybersecurity Department' },
	{ id: 'Kepala Badan Transformasi Digital', en: 'Head of the Digital Transformation Agency' },
	{ id: 'Duta Besar untuk Perserikatan Bangsa-Bangsa', en: 'Ambassador to the United Nations' },
	{ id: 'Pakar hukum internasional', en: 'International law expert' },
	{ id: 'Ketua Asosiasi Keamanan Siber', en: 'Chair of the Cybersecurity Association' },
	{ id: 'Perwakilan UNODC di Vietnam', en: 'UNODC Representative in Vietnam' },
];
const speechVerbs = ['mengatakan', 'menegaskan', 'menyampaikan', 'menekankan'];
const photographers = ['Thanh Long', 'Gia Vu', 'Quyet Thang', 'Minh Duc', 'Hoai Nam'];
const longMonths = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const topicPool = ['konvensi-hanoi', 'keamanan-siber', 'kerja-sama-internasional', 'unodc', 'diplomasi-multilateral', 'transformasi-digital'];
/** The site's furniture after the `Sumber:` line, as the real raw files carry it. */
const boilerplate = [
	'Komentar (0)',
	'',
	'No data',
	'No data',
	'',
	'Dalam topik yang sama',
	'',
	'Dalam kategori yang sama',
	'',
	'Dari penulis yang sama',
	'',
	'Peristiwa terkini',
	'',
	'Sistem Politik',
	'',
	'Produk',
].join('\n');

/**
 * Outlets, people and N raw articles, the same for the same options.
 * @example generateSyntheticSite({ count: 2, seed: 1, corpus }).articles.length // → 2
 */
export function generateSyntheticSite(options: SyntheticOptions): SyntheticSite {
	const random = seededRandom(options.seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const chance = (p: number) => random() < p;
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const chain = wordChain(options.corpus);

	const outlets = syntheticOutletStems.map((stem, index): SyntheticOutlet => {
		const rawName = `Báo ${stem} Sintetis`;
		return { id: `sintetis-${slugFromTitle(stem)}`, name: rawName, rawName, domain: `${slugFromTitle(stem).replaceAll('-', '')}${index}.example.vn` };
	});
	const reserved = new Set(options.reservedNames ?? []);
	const people: SyntheticPerson[] = [];
	const names = new Set<string>();
	while (people.length < 48) {
		const name = `${pick(families)} ${pick(middles)} ${pick(givens)}`;
		if (names.has(name) || reserved.has(name)) continue;
		names.add(name);
		people.push({ id: slugFromTitle(name), name, honorific: name.includes(' Thi ') ? 'Ibu' : 'Bapak', role: pick(roles) });
	}

	const sentence = (min: number, max: number) => chain(random, between(min, max));
	const paragraphText = () => Array.from({ length: between(2, 4) }, () => sentence(10, 26)).join(' ');
	const slugs = new Set<string>();
	const quoteIds = new Set<string>();
	const articles: SyntheticArticle[] = [];
	for (let index = 0; index < options.count; index++) {
		let title = '';
		let slug = '';
		while (!slug || slugs.has(slug)) {
			title = chain(random, between(6, 12)).replace(/[.,;:]+$/u, '');
			slug = slugFromTitle(title);
		}
		slugs.add(slug);
		const { rawName: outletName, domain } = chance(0.3) ? pick(realOutlets) : pick(outlets);
		// Between 2023-01-01 and 2026-06-30: years of coverage, none of it in the future.
		const day = new Date(Date.UTC(2023, 0, 1) + between(0, 1276) * 86_400_000);
		const published = day.toISOString().slice(0, 10);
		const [year, month, date] = published.split('-') as [string, string, string];
		const speakers = [pick(people), pick(people)];
		// Some pages, like the interview in the real set, carry credits and a long date instead of the outlet line.
		const trailingDate = chance(0.15);

		const lines: string[] = [PLATFORM_HEADER, '', title, ''];
		const paragraphs: string[] = [];
		const quotes: SyntheticQuote[] = [];
		/** Emits a numbered paragraph (unique text) and returns its anchor. */
		const paragraph = (text: string) => {
			paragraphs.push(text);
			lines.push(text, '');
			return paragraphAnchor(paragraphs.length);
		};
		paragraph(paragraphText());
		if (!trailingDate) lines.push(`${outletName}${outletName}${date}/${month}/${year}`, '');
		const sections = between(1, 3);
		for (let section = 0; section < sections; section++) {
			if (section > 0 || chance(0.5)) lines.push(heading(chain, random, between), '');
			for (let p = between(2, 5); p > 0; p--) {
				const roll = random();
				if (roll < 0.25) {
					const speaker = pick(speakers);
					const spoken = Array.from({ length: between(1, 3) }, () => sentence(8, 22)).join(' ');
					const text =
						chance(0.5)
							? `${speaker.role.id} ${speaker.name} ${pick(speechVerbs)}: "${spoken}"`
							: `"${spoken.replace(/\.$/u, '')}," ujar ${speaker.role.id} ${speaker.name}.`;
					const anchor = paragraph(text);
					if (quotes.length < 2) {
						const inner = /"(.+?),?"/u.exec(text)![1]!;
						let id = `${speaker.id}-${published}-${slugFromTitle(inner.split(' ').slice(0, 3).join(' '))}`;
						for (let n = 2; quoteIds.has(id); n++) id = `${id.replace(/-\d+$/u, '')}-${n}`;
						quoteIds.add(id);
						quotes.push({ id, speaker: speaker.id, role: speaker.role, paragraph: anchor, text: inner });
					}
				} else if (roll < 0.35) {
					lines.push(`inbound${between(1e9, 9e9)}${between(1e8, 9e8)}.jpg`, `${sentence(6, 14)} (Foto: ${pick(photographers)})`, '');
				} else if (roll < 0.42) {
					lines.push('![]() |', `| ${sentence(6, 14)} (Foto: ${pick(photographers)}) |`, '![]() |', '');
				} else if (roll < 0.47 && paragraphs.length > 1) {
					// The page repeats a paragraph verbatim (a pull box or a copy slip): the importer keeps the first.
					lines.push(pick(paragraphs), '');
				} else if (roll < 0.52) {
					const speaker = pick(speakers);
					lines.push(paragraphText(), '', `${speaker.honorific} ${speaker.name}, ${speaker.role.id}`, '');
				} else paragraph(paragraphText());
			}
		}
		paragraph(paragraphText());
		if (trailingDate) {
			lines.push(`Konten: ${pick(photographers)}`, `Foto: ${pick(photographers)}`, '');
			lines.push(`${Number(date)} ${longMonths[Number(month) - 1]} ${year} - ${String(between(0, 23)).padStart(2, '0')}:${String(between(0, 59)).padStart(2, '0')}`, '');
		}
		const path = slugFromTitle(chain(random, 6));
		lines.push(`Sumber: https://${domain}/${path}-${year}${month}${date}${String(index).padStart(9, '0')}.htm`, '', '', boilerplate);
		const topics = chance(0.4) ? [...new Set([pick(topicPool), pick(topicPool)])] : [];
		articles.push({
			file: `${String(index).padStart(6, '0')}_${hex(random)}.txt`,
			text: lines.join('\n'),
			meta: topics.length ? `topics:\n${topics.map((topic) => `  - ${topic}`).join('\n')}\n` : undefined,
			slug,
			published,
			quotes,
		});
	}
	return { outlets, people, articles };
}

/** A sub-heading as the importer recognises one: short, capitalised, no comma, no final punctuation. */
function heading(chain: Chain, random: () => number, between: (low: number, high: number) => number): string {
	for (;;) {
		const text = chain(random, between(2, 5)).replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/gu, ' ').trim();
		if (text.length >= 8 && text.length <= 60) return text;
	}
}

const hex = (random: () => number) => Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');

type Chain = (random: () => number, words: number) => string;

/**
 * A word chain (first-order Markov) over the paragraphs of the real articles: each next word is one that
 * follows the current word somewhere in the corpus, so the text reads like the source language.
 */
function wordChain(corpus: string[]): Chain {
	const followers = new Map<string, string[]>();
	const starts: string[] = [];
	for (const text of corpus) {
		for (const block of parseRawArticle(text).blocks) {
			if (block.kind !== 'paragraph') continue;
			const words = block.text.replace(/["“”]/gu, '').split(/\s+/u).filter(Boolean);
			words.forEach((word, i) => {
				if (i === 0 && /^\p{Lu}/u.test(word)) starts.push(word);
				const next = words[i + 1];
				if (next === undefined) return;
				const list = followers.get(word) ?? [];
				list.push(next);
				followers.set(word, list);
			});
		}
	}
	if (starts.length === 0) throw new Error('the corpus has no paragraph to learn words from');
	return (random, count) => {
		let word = starts[Math.floor(random() * starts.length)]!;
		const words = [word];
		while (words.length < count) {
			const next = followers.get(word);
			word = next ? next[Math.floor(random() * next.length)]! : starts[Math.floor(random() * starts.length)]!;
			words.push(word);
		}
		const text = words.join(' ').replace(/[.!?…,;:]+$/u, '');
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
}

/**
 * The files a scratch copy of the site needs for a synthetic set, by path relative to its root: raw articles
 * (and metadata) in content/sources, outlets, people, and the quote file of every article with quotes.
 * @example Object.keys(syntheticFiles(site)).some((path) => path.startsWith('content/sources/')) // → true
 */
export function syntheticFiles(site: SyntheticSite): Record<string, string> {
	const files: Record<string, string> = {};
	const yaml = (value: string) => JSON.stringify(value);
	for (const outlet of site.outlets) {
		files[`content/outlets/${outlet.id}.yaml`] = [
			`name: ${yaml(outlet.name)}`,
			`rawName: ${yaml(outlet.rawName)}`,
			`domain: ${outlet.domain}`,
			`url: https://${outlet.domain}/`,
			'lang: vi',
			'description:',
			'  id: Media sintetis untuk uji skala.',
			'  en: Synthetic outlet for the scale benchmark.',
			'',
		].join('\n');
	}
	const firstQuote = new Map<string, string>();
	for (const article of site.articles) {
		for (const quote of article.quotes) if (!firstQuote.has(quote.speaker)) firstQuote.set(quote.speaker, `artikel/${article.slug}#${quote.paragraph}`);
	}
	for (const person of site.people) {
		files[`content/people/${person.id}.yaml`] = [
			`name: ${yaml(person.name)}`,
			'roles:',
			'  - title:',
			`      id: ${yaml(person.role.id)}`,
			`      en: ${yaml(person.role.en)}`,
			`    source: ${yaml(firstQuote.get(person.id) ?? 'synthetic')}`,
			'',
		].join('\n');
	}
	for (const article of site.articles) {
		files[`content/sources/${article.file}`] = article.text;
		if (article.meta) files[`content/sources/${article.file.replace(/\.txt$/u, '.meta.yaml')}`] = article.meta;
		if (article.quotes.length === 0) continue;
		files[`content/quotes/${article.slug}.yaml`] = [
			`article: artikel/${article.slug}`,
			'quotes:',
			...article.quotes.flatMap((quote) => [
				`  - id: ${quote.id}`,
				'    kind: direct',
				`    speaker: ${quote.speaker}`,
				`    paragraph: ${quote.paragraph}`,
				`    text: ${yaml(quote.text)}`,
				// The schema asks for the site's English translation; a synthetic quote has none, so its own words stand in
				// (the same length of text on the English quote page as a real translation would give).
				`    textEn: ${yaml(quote.text)}`,
			]),
			'',
		].join('\n');
	}
	return files;
}
