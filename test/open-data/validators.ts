import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { TableSchema } from '../../src/lib/open-data/table-schemas.ts';

const profile = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, 'profiles', name), 'utf8')) as Record<string, unknown>;

/** Errors of a document against a JSON Schema (draft 2020-12), formats checked; empty when valid. */
export function validateJson(schema: Record<string, unknown>, document: unknown): string[] {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	const validate = ajv.compile(schema);
	return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Errors of a `datapackage.json` against the vendored Frictionless Data Package profile, and of each table schema against the Table Schema profile. */
export function validateDataPackage(descriptor: unknown): string[] {
	const ajv = new AjvDraft04({ allErrors: true, strict: false });
	addFormats(ajv);
	ajv.addFormat('textarea', true);
	const errors = (validate: ReturnType<typeof ajv.compile>, value: unknown, where: string) =>
		validate(value) ? [] : (validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message}`);
	const pkg = ajv.compile(profile('data-package.json'));
	const table = ajv.compile(profile('table-schema.json'));
	const resources = (descriptor as { resources?: { name: string; schema?: unknown }[] }).resources ?? [];
	return [...errors(pkg, descriptor, 'datapackage'), ...resources.flatMap((r) => (r.schema ? errors(table, r.schema, `resources.${r.name}.schema`) : []))];
}

/** Parses RFC 4180 CSV (strict quoting, CRLF records) into rows of strings, header first. */
export function parseCsv(text: string): string[][] {
	return parse(text, { relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n', bom: false }) as string[][];
}

/** Errors of a CSV against its Table Schema: header, required, integer, pattern, enum, unique and primary key; foreign keys through `lookup`. */
export function checkTable(text: string, schema: TableSchema, lookup: (resource: string, fields: string[]) => Set<string> = () => new Set()): string[] {
	const [header, ...rows] = parseCsv(text);
	const errors: string[] = [];
	const names = schema.fields.map((f) => f.name);
	if (JSON.stringify(header) !== JSON.stringify(names)) errors.push(`header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
	const seen = new Map<string, Set<string>>();
	const keys = new Set<string>();
	rows.forEach((row, r) => {
		schema.fields.forEach((field, i) => {
			const value = row[i] ?? '';
			const at = `row ${r + 2} ${field.name}`;
			if (value === '') {
				if (field.constraints?.required) errors.push(`${at}: required`);
				return;
			}
			if (field.type === 'integer' && !/^-?\d+$/.test(value)) errors.push(`${at}: not an integer: ${value}`);
			if (field.type === 'integer' && field.constraints?.minimum !== undefined && Number(value) < field.constraints.minimum)
				errors.push(`${at}: below minimum`);
			if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value))
				errors.push(`${at}: does not match ${field.constraints.pattern}: ${value}`);
			if (field.constraints?.enum && !field.constraints.enum.includes(value)) errors.push(`${at}: not one of ${field.constraints.enum.join(', ')}`);
			if (field.format === 'uri' && !URL.canParse(value)) errors.push(`${at}: not a URI`);
			if (field.constraints?.unique) {
				const values = seen.get(field.name) ?? new Set();
				if (values.has(value)) errors.push(`${at}: not unique`);
				values.add(value);
				seen.set(field.name, values);
			}
		});
		const key = schema.primaryKey.map((k) => row[names.indexOf(k)]).join('\u0000');
		if (keys.has(key)) errors.push(`row ${r + 2}: duplicate primary key ${key}`);
		keys.add(key);
		for (const fk of schema.foreignKeys ?? []) {
			const value = fk.fields.map((k) => row[names.indexOf(k)]).join('\u0000');
			if (!lookup(fk.reference.resource, fk.reference.fields).has(value))
				errors.push(`row ${r + 2}: ${fk.fields.join('+')} ${value} not in ${fk.reference.resource}`);
		}
	});
	return errors;
}

/** The set of key values (joined by NUL) of some columns of a CSV, for foreign-key checks. */
export function tableKeys(text: string, fields: string[]): Set<string> {
	const [header, ...rows] = parseCsv(text);
	const indexes = fields.map((f) => header!.indexOf(f));
	return new Set(rows.map((row) => indexes.map((i) => row[i]).join('\u0000')));
}
