/**
 * The frontmatter references are what authors read instead of the source, in English (README.md) and
 * in Korean (docs/writing.ko.md): every field the schema accepts must be documented in both, and nothing
 * that it does not accept.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../../src/schemas/post';

const schema = postSchema({ image: () => z.string() } as never);

/** Dotted field names of an object schema, one level into nested objects ("subject.kind"). */
function fieldNames(shape: Record<string, z.ZodType>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    let inner: z.ZodType = field;
    // Unwrap optional/default to find nested objects (cover, subject, series).
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    // Objects with documented sub-fields in their own rows: subject. cover and series are documented
    // as a whole ({ src, alt }, { name, order }).
    return inner instanceof z.ZodObject && key === 'subject'
      ? [name, ...fieldNames(inner.shape as Record<string, z.ZodType>, `${name}.`)]
      : [name];
  });
}

/** The reference table's rows: field name → "required" column ("yes", "no", "no (false)"; "예", "아니요"). */
function documentedFields(file: string): Map<string, string> {
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf('<!-- frontmatter-reference:start -->');
  const end = readme.indexOf('<!-- frontmatter-reference:end -->');
  expect(start, `${file} lost its frontmatter reference markers`).toBeGreaterThan(-1);
  const rows = new Map<string, string>();
  for (const line of readme.slice(start, end).split('\n')) {
    // Cells are separated by "|" not preceded by a backslash ("book \| magazine" is one cell).
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    const name = /^`([\w.]+)`$/.exec(cells[1] ?? '')?.[1];
    if (name) rows.set(name, cells[3] ?? '');
  }
  return rows;
}

/** Whether the schema requires `name` (no optional/default wrapper at any level of the path). */
function isRequired(name: string): boolean {
  let shape = schema.shape as Record<string, z.ZodType>;
  let field: z.ZodType | undefined;
  for (const part of name.split('.')) {
    field = shape[part];
    if (!field || field instanceof z.ZodOptional || field instanceof z.ZodDefault) return false;
    if (field instanceof z.ZodObject) shape = field.shape as Record<string, z.ZodType>;
  }
  return field !== undefined;
}

describe.each([
  { file: 'README.md', yes: 'yes', no: 'no' },
  { file: 'docs/writing.ko.md', yes: '예', no: '아니요' },
])('the frontmatter reference in $file', ({ file, yes, no }) => {
  const inSchema = fieldNames(schema.shape as Record<string, z.ZodType>);
  const inReadme = documentedFields(file);

  it('documents every field the schema accepts', () => {
    expect(inSchema.filter((f) => !inReadme.has(f))).toEqual([]);
  });

  it('documents no field the schema would reject', () => {
    expect([...inReadme.keys()].filter((f) => !inSchema.includes(f))).toEqual([]);
  });

  it('marks exactly the required fields as required', () => {
    for (const field of inSchema) {
      expect(inReadme.get(field)?.startsWith(isRequired(field) ? yes : no), field).toBe(true);
    }
    expect(isRequired('subject.kind')).toBe(true);
    expect(isRequired('rating')).toBe(false);
  });
});
