import { createSpecAjv, exampleOf, namedSchemas, toPublishedSchema } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';

type Schema = Record<string, unknown>;
interface PropertyEntry {
  path: string;
  schema: Schema;
}

/** Every property of every named type, with where it is, e.g. `Listing.ageRange`. */
const properties: PropertyEntry[] = namedSchemas.flatMap((type) =>
  Object.entries(type.properties).map(([name, schema]) => ({
    path: `${type.title}.${name}`,
    schema: schema as Schema,
  })),
);

/** Every subschema of a published schema, depth first, with its JSON Pointer. */
function* subschemas(schema: unknown, pointer = ''): Generator<[string, Schema]> {
  if (typeof schema !== 'object' || schema === null) return;
  if (Array.isArray(schema)) {
    for (const [index, item] of schema.entries()) yield* subschemas(item, `${pointer}/${index}`);
    return;
  }
  yield [pointer, schema as Schema];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'examples' || key === 'enum') continue;
    yield* subschemas(value, `${pointer}/${key}`);
  }
}

const published = namedSchemas.map((type) => [type.title, toPublishedSchema(type)] as const);
const isLeaf = (schema: Schema) =>
  typeof schema.$ref !== 'string' &&
  !(schema.type === 'array' && typeof (schema.items as Schema).$ref === 'string');

describe('schema authoring rules', () => {
  it.each(properties)('$path has a description', ({ schema }) => {
    expect(typeof schema.description).toBe('string');
    expect((schema.description as string).length).toBeGreaterThan(10);
  });

  it.each(properties.filter(({ schema }) => isLeaf(schema)))(
    '$path has an example that is valid against the property itself',
    ({ schema }) => {
      const examples = schema.examples as unknown[];
      expect(examples?.length).toBeGreaterThan(0);
      const ajv = createSpecAjv();
      const { recommended: _recommended, vocabulary: _vocabulary, ...propertySchema } = schema;
      const validate = ajv.compile(JSON.parse(JSON.stringify(propertySchema)));
      for (const example of examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each(published)('%s uses enum, never anyOf, oneOf or const', (_title, schema) => {
    const offending = [...subschemas(schema)].filter(
      ([, sub]) => 'anyOf' in sub || 'oneOf' in sub || 'const' in sub,
    );
    expect(offending.map(([pointer]) => pointer)).toEqual([]);
  });

  it.each(published)('%s bounds every free string with maxLength', (_title, schema) => {
    const unbounded = [...subschemas(schema)].filter(
      ([, sub]) => sub.type === 'string' && !('enum' in sub) && typeof sub.maxLength !== 'number',
    );
    expect(unbounded.map(([pointer]) => pointer)).toEqual([]);
  });

  it.each(published)('%s never allows null and never uses draft-07 tuple syntax', (_title, schema) => {
    const offending = [...subschemas(schema)].filter(
      ([, sub]) =>
        sub.type === 'null' ||
        (Array.isArray(sub.type) && sub.type.includes('null')) ||
        Array.isArray(sub.items) ||
        'additionalItems' in sub,
    );
    expect(offending.map(([pointer]) => pointer)).toEqual([]);
  });

  it.each(published)(
    '%s gives every string a minLength, format, pattern or enum, so none is empty',
    (_t, schema) => {
      const emptyAllowed = [...subschemas(schema)].filter(
        ([, sub]) =>
          sub.type === 'string' &&
          !('enum' in sub) &&
          !('format' in sub) &&
          !('pattern' in sub) &&
          !((sub.minLength as number) >= 1),
      );
      expect(emptyAllowed.map(([pointer]) => pointer)).toEqual([]);
    },
  );

  it.each(published)('%s keeps source-only keywords out of the published schema', (_title, schema) => {
    const text = JSON.stringify(schema);
    expect(text).not.toContain('"recommended"');
    expect(text).not.toContain('"vocabulary":');
  });

  it('publishes every schema under the 2020-12 dialect with a versioned $id', () => {
    for (const [, schema] of published) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/openyouth\.org\/spec\/0\.1\/[a-z-]+\.schema\.json$/);
    }
  });

  it.each(namedSchemas.map((type) => [type.title, type] as const))(
    '%s has an example for every property, and together they make a valid document',
    (_title, type) => {
      const validate = createSpecAjv({ allErrors: true }).getSchema(type.$id);
      const example = exampleOf(type);
      expect(Object.values(example)).not.toContain(undefined);
      expect(validate?.(example), JSON.stringify(validate?.errors)).toBe(true);
    },
  );

  it('compiles every schema with ajv in strict mode', () => {
    const ajv = createSpecAjv();
    for (const type of namedSchemas) expect(ajv.getSchema(type.$id), type.title).toBeTypeOf('function');
  });

  it('resolves every $ref to another published schema', () => {
    const ids = new Set(namedSchemas.map((type) => type.$id));
    const refs = published.flatMap(([, schema]) =>
      [...subschemas(schema)].flatMap(([, sub]) => (typeof sub.$ref === 'string' ? [sub.$ref] : [])),
    );
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((ref) => !ids.has(ref))).toEqual([]);
  });
});
