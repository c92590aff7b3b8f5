/**
 * Reads YAML records for the Node tools (importer, quote tool) through the same zod schemas the build uses, so a
 * typo fails `npm run import` as it fails the build, with `path:line: what is wrong`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';

/** A record file that does not match its schema, or is not YAML; the message reads `path:line: what is wrong`. */
export class RecordError extends Error {}

/**
 * One YAML text checked against a schema; an empty file is an empty mapping.
 * @example parseRecord('a.yaml', 'name: X\n', outletSchema) // throws 'a.yaml:1: field "domain" …'
 */
export function parseRecord<Schema extends z.ZodType>(path: string, text: string, schema: Schema): z.output<Schema> {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	const lineAt = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
	const [syntax] = doc.errors;
	if (syntax) throw new RecordError(`${path}:${syntax.linePos?.[0].line ?? 1}: is not valid YAML: ${syntax.message.split('\n')[0]}`);
	const result = schema.safeParse(doc.toJS() ?? {});
	if (result.success) return result.data;
	const messages = result.error.issues.map((issue) => {
		const path_ = issue.path.map(String);
		const node = (path_.length ? doc.getIn(issue.path as unknown[], true) : doc.contents) as Node | undefined;
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0]!;
			const map = isMap(node) ? node : undefined;
			const pair = map?.items.find((item) => isScalar(item.key) && item.key.value === key);
			return `${lineAt((pair?.key as Node | undefined) ?? node)}: unknown field "${[...path_, key].join('.')}"`;
		}
		// A missing field has no node: point at the mapping that lacks it.
		const parent = path_.length > 1 ? (doc.getIn(issue.path.slice(0, -1) as unknown[], true) as Node | undefined) : doc.contents;
		return `${lineAt(node ?? parent)}: field "${path_.join('.')}" has an invalid value: ${issue.message}`;
	});
	throw new RecordError(messages.map((message) => `${path}:${message}`).join('\n'));
}

/**
 * Every `<id>.yaml` record of a folder, in id order, checked against the schema; and every problem found.
 * @example readRecords('content/people', personSchema()).errors // → []
 */
export function readRecords<Schema extends z.ZodType>(dir: string, schema: Schema): { records: [string, z.output<Schema>][]; errors: string[] } {
	const records: [string, z.output<Schema>][] = [];
	const errors: string[] = [];
	if (!existsSync(dir)) return { records, errors };
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort()) {
		const path = join(dir, name);
		try {
			records.push([name.slice(0, -'.yaml'.length), parseRecord(path, readFileSync(path, 'utf8'), schema)]);
		} catch (error) {
			if (!(error instanceof RecordError)) throw error;
			errors.push(...error.message.split('\n'));
		}
	}
	return { records, errors };
}
