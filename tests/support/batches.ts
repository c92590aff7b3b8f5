/**
 * Runs `work` over the items, `size` at a time, keeping the order of the results (one browser, a few tabs).
 * @example await inBatches([1, 2, 3], 2, async (n) => n * 2) // → [2, 4, 6]
 */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	for (let start = 0; start < items.length; start += size) {
		results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
	}
	return results;
}
