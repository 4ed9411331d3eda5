import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { toPublishedSchema } from './emit/json-schema.ts';
import { namedSchemas } from './named-schemas.ts';

// ajv-formats is CommonJS with a default export; under NodeNext its function sits on `.default`.
const addFormats = ajvFormats.default as unknown as typeof ajvFormats.default.default;

/**
 * An ajv instance (JSON Schema 2020-12, strict mode, with formats) holding every published
 * schema of the standard, so `ajv.getSchema(schemaId('listing'))` validates a listing.
 */
export function createSpecAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, ...options });
  addFormats(ajv);
  for (const schema of namedSchemas) ajv.addSchema(toPublishedSchema(schema));
  return ajv;
}
