/** Topic tags of a quote, from words in it: a small fixed vocabulary so tags stay comparable across articles. */
const topicWords: ReadonlyArray<readonly [RegExp, string]> = [
	[/upacara penandatanganan|menandatangani|penandatanganan/iu, 'upacara-penandatanganan'],
	[/kerja sama internasional|kerja sama multilateral|multilateral/iu, 'kerja-sama-internasional'],
	[/sistem hukum|kerangka hukum|koridor hukum|hukum nasional|hukum pidana/iu, 'kerangka-hukum'],
	[/ekstradisi/iu, 'ekstradisi'],
	[/bukti elektronik|investigasi digital/iu, 'bukti-elektronik'],
	[/penipuan/iu, 'penipuan'],
	[/serangan siber|infrastruktur/iu, 'serangan-siber'],
	[/UNODC/u, 'unodc'],
	[/narkoba/iu, 'narkoba'],
	[/\bAI\b|kecerdasan buatan|Blockchain|kuantum/u, 'teknologi-baru'],
	[/data pribadi/iu, 'data-pribadi'],
	[/kapasitas|pelatihan/iu, 'peningkatan-kapasitas'],
	[/Asosiasi/u, 'asosiasi-keamanan-siber-nasional'],
	[/posisi|prestise|citra/iu, 'posisi-vietnam'],
];

/**
 * The topic tags whose words occur in a text, in vocabulary order.
 * @example topicTags('… ekstradisi pelaku kejahatan') // → ['ekstradisi']
 */
export function topicTags(text: string): string[] {
	return topicWords.filter(([pattern]) => pattern.test(text)).map(([, tag]) => tag);
}
