import type { TSchema } from '@sinclair/typebox';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Keywords that live only in the TypeBox source (for docs and the validator), never in published schemas. */
const SOURCE_ONLY_KEYWORDS = new Set(['recommended', 'vocabulary']);

export type JsonSchema = { [keyword: string]: unknown };

/** A plain JSON copy of a TypeBox schema without TypeBox's symbols or our source-only keywords. */
export function toPlainSchema(schema: TSchema): JsonSchema {
  return JSON.parse(
    JSON.stringify(schema, (key, value) => (SOURCE_ONLY_KEYWORDS.has(key) ? undefined : value)),
  ) as JsonSchema;
}

/** The schema as published in `spec/<version>/`: dialect first, then identity, then the rest. */
export function toPublishedSchema(schema: TSchema): JsonSchema {
  const { $id, title, description, ...rest } = toPlainSchema(schema);
  return { $schema: JSON_SCHEMA_DIALECT, $id, title, description, ...rest };
}
