/**
 * People as the articles name them: every written form of a person (name, name with diacritics, aliases such
 * as "Mayor Jenderal Le Xuan Minh") leads to the one record, whatever the diacritics or letter case.
 */
import { asciiFold } from './ascii-fold.ts';

/** A person and every way articles write their name. */
export interface PersonNames {
	id: string;
	names: string[];
}

/** A person record as stored in content/people/<id>.yaml (the fields that name them). */
export interface PersonRecord {
	name: string;
	nativeName?: string | undefined;
	aliases?: string[] | undefined;
}

/**
 * Every written form of a person's name, the plain name first, without repeats.
 * @example personNames({ name: 'Le Xuan Minh', nativeName: 'Lê Xuân Minh', aliases: ['Mayor Jenderal Le Xuan Minh'] }) // → ['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh']
 */
export function personNames(person: PersonRecord): string[] {
	return [...new Set([person.name, person.nativeName ?? '', ...(person.aliases ?? [])].filter(Boolean))];
}

/** One way of comparing names: diacritics folded, case and spacing ignored. */
const nameKey = (name: string) => asciiFold(name).toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The id of the person a written name stands for, or undefined when no record has that form.
 * @example personForName([{ id: 'le-xuan-minh', names: ['Le Xuan Minh', 'Mayor Jenderal Le Xuan Minh'] }], 'Lê Xuân Minh') // → 'le-xuan-minh'
 */
export function personForName(people: readonly PersonNames[], written: string): string | undefined {
	const wanted = nameKey(written);
	return people.find((person) => person.names.some((name) => nameKey(name) === wanted))?.id;
}

/**
 * Whether a text names the person in any of their written forms (diacritics folded).
 * @example namesPerson('… ujar Mayor Jenderal Le Xuan Minh.', ['Le Xuan Minh']) // → true
 */
export function namesPerson(text: string, names: readonly string[]): boolean {
	const folded = nameKey(text);
	return names.some((name) => folded.includes(nameKey(name)));
}
