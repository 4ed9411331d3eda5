import type { TObject } from '@sinclair/typebox';
import { namedSchemas } from '../named-schemas.ts';

type Schema = { $ref?: string; type?: string; items?: Schema; examples?: unknown[] };

const schemaById = new Map<string, TObject>(namedSchemas.map((schema) => [schema.$id, schema]));

function exampleValue(property: Schema): unknown {
  if (property.$ref) {
    const target = schemaById.get(property.$ref);
    if (!target) throw new Error(`exampleOf: no named schema has the $id ${property.$ref}`);
    return exampleOf(target);
  }
  if (property.type === 'array' && property.items?.$ref) return [exampleValue(property.items)];
  return property.examples?.[0];
}

/**
 * An example of a type with every property filled in, assembled from the examples of its
 * properties and of the types they point to. Tests validate it, so property examples must agree.
 */
export function exampleOf(schema: TObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties).map(([name, property]) => [name, exampleValue(property as Schema)]),
  );
}
