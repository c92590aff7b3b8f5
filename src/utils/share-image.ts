/** Size of a share card, as Open Graph and Twitter recommend. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/**
 * Breaks a title into at most `maxLines` lines of about `maxChars` characters, ending with … when cut short.
 * @example wrapTitle('Apa itu Konvensi Hanoi?', 12, 3) // → ['Apa itu', 'Konvensi', 'Hanoi?']
 */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	for (const word of title.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s.,;:!?–—-]+$/, '')}…`;
	return kept;
}

/**
 * Escapes text for an SVG text node or attribute.
 * @example escapeXml('A & <B>') // → 'A &amp; &lt;B&gt;'
 */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The share card of a page as SVG: site name, the page title in large type, and a line saying what the page is.
 * Only system fonts are named, so rendering it needs no download.
 * @example shareImageSvg({ site: 'Konvensi Hanoi', title: 'Apa itu Konvensi Hanoi?', label: 'Penjelasan' }).startsWith('<svg') // → true
 */
export function shareImageSvg(card: { site: string; title: string; label: string }): string {
	const { width, height } = shareImageSize;
	const lines = wrapTitle(card.title, 28, 4);
	const fontSize = lines.length > 3 ? 58 : 66;
	const lineHeight = Math.round(fontSize * 1.2);
	const top = 250 - ((lines.length - 1) * lineHeight) / 2 + 40;
	const font = `font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#08365f"/>
<rect y="${height - 16}" width="${width}" height="16" fill="#3d8bd9"/>
<g transform="translate(80 64)"><rect width="56" height="56" rx="12" fill="#0a5fb4"/><g transform="scale(1.75)" fill="none" stroke="#fff"><circle cx="16" cy="16" r="9" stroke-width="2"/><path d="M7 16h18M16 7c-4 4.8-4 13.2 0 18M16 7c4 4.8 4 13.2 0 18" stroke-width="1.6"/></g></g>
<text x="156" y="102" ${font} font-size="34" font-weight="700" fill="#c7e0f7">${escapeXml(card.site)}</text>
${lines
	.map(
		(line, index) =>
			`<text x="80" y="${top + index * lineHeight}" ${font} font-size="${fontSize}" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`,
	)
	.join('\n')}
<text x="80" y="${height - 64}" ${font} font-size="30" fill="#c7e0f7">${escapeXml(card.label)}</text>
</svg>`;
}
