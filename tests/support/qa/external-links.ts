/** Query parameters that only track readers (campaign tags and click ids); a published link never needs them. */
const trackingParameter = /^(utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid)$/i;

/**
 * Every http(s) URL written in a text (Markdown, MDX or YAML), without trailing punctuation.
 * @example urlsInText('See <https://un.org/a>, and (https://x.org/b).') // → ['https://un.org/a', 'https://x.org/b']
 */
export function urlsInText(text: string): string[] {
	return [...text.matchAll(/\bhttps?:\/\/[^\s"'<>`\])}]+/gi)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
}

/**
 * What is wrong with an external link: not https, or carrying tracking parameters. Empty when it is fine.
 * @example externalLinkProblems('http://x.org/?utm_source=a') // → ['not https', 'tracking parameter utm_source']
 */
export function externalLinkProblems(url: string): string[] {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return ['not a valid URL'];
	}
	const problems = parsed.protocol === 'https:' ? [] : ['not https'];
	for (const name of parsed.searchParams.keys()) {
		if (trackingParameter.test(name)) problems.push(`tracking parameter ${name}`);
	}
	return problems;
}
