import { namedSchemas, schemaFileName } from '../named-schemas.ts';
import { SPEC_VERSION } from '../spec-version.ts';
import { vocabularies } from '../vocab/index.ts';
import { toPublishedSchema } from './json-schema.ts';
import { buildJsonLdContext } from './jsonld-context.ts';
import { buildOpenApi } from './openapi.ts';
import { buildReferenceDocs } from './reference-docs.ts';
import { toVocabularyDocument } from './vocabularies.ts';

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every generated file, keyed by its path from the repository root. `pnpm spec:build` writes
 * them; a test fails when the checked-in copies differ.
 */
export function buildSpecFiles(): Map<string, string> {
  const specDir = `spec/${SPEC_VERSION}`;
  const files = new Map<string, string>();
  for (const schema of namedSchemas) {
    files.set(`${specDir}/${schemaFileName(schema)}`, asJson(toPublishedSchema(schema)));
  }
  for (const vocabulary of vocabularies) {
    files.set(`${specDir}/vocab/${vocabulary.id}.json`, asJson(toVocabularyDocument(vocabulary)));
  }
  files.set(`${specDir}/openapi.json`, asJson(buildOpenApi()));
  files.set(`${specDir}/context.jsonld`, asJson(buildJsonLdContext()));
  for (const [page, markdown] of buildReferenceDocs()) files.set(`docs/reference/${page}`, markdown);
  return files;
}

/** The folders `buildSpecFiles` owns entirely: anything else in them is stale. */
export const GENERATED_DIRECTORIES = [`spec/${SPEC_VERSION}/vocab`, 'docs/reference'] as const;
