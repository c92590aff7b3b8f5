/**
 * The explainers, in reading order, as docs ids without the locale folder.
 * The sidebar's "Explainers" group (src/utils/sidebar.ts) and the home page's explainer card both read this list,
 * so a new explainer is added here once: its page in `content/docs/<id>.mdx` (and `content/docs/en/<id>.mdx`).
 */
export const explainerIds = [
	'konvensi',
	'isi-konvensi',
	'indonesia',
	'hanoi-budapest',
	'penandatangan',
	'status',
	'linimasa',
	'a05',
	'asosiasi-keamanan-siber-nasional',
	'glosarium',
	'tanya-jawab',
	'tentang-sumber',
] as const;
