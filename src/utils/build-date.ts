/**
 * The date a build prints as "today" (the access date in "Cite this page"): now, or the time that
 * `SOURCE_DATE_EPOCH` gives in seconds, the reproducible-builds convention, so two builds of the same content on
 * different days can be made byte for byte the same.
 * @example buildDate({ SOURCE_DATE_EPOCH: '1761350400' }) // → 2025-10-25T00:00:00.000Z
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch === undefined || epoch === '') return new Date();
	if (!/^\d+$/u.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
	return new Date(Number(epoch) * 1000);
}
