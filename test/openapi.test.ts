import { readFile } from 'node:fs/promises';
import { buildOpenApi, createSpecAjv, SPEC_VERSION } from '@openyouth/schema';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';

const openApiPath = new URL(`../spec/${SPEC_VERSION}/openapi.json`, import.meta.url).pathname;

describe('openapi.json', () => {
  it("passes Redocly's recommended lint rules with no errors or warnings", { timeout: 30_000 }, async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: openApiPath, config });
    const summary = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(summary).toEqual([]);
  });

  it('describes every operation the standard names', () => {
    const document = buildOpenApi() as { paths: Record<string, Record<string, { operationId: string }>> };
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(operations.sort()).toEqual(
      [
        'getDataset',
        'getListing',
        'getListingsFeed',
        'getOrganization',
        'getVocabulary',
        'listOrganizations',
        'listVocabularies',
        'searchListings',
        'putListing',
        'deleteListing',
      ].sort(),
    );
  });

  it('has component schemas that compile under ajv 2020-12 and agree with the published listing schema', async () => {
    // Components point at each other with '#/components/schemas/X'; as $defs of one schema they resolve the same way.
    const text = (await readFile(openApiPath, 'utf8')).replaceAll('#/components/schemas/', 'openapi#/$defs/');
    const document = JSON.parse(text) as { components: { schemas: Record<string, object> } };
    const ajv = createSpecAjv({ allErrors: true });
    ajv.addSchema({ $id: 'openapi', $defs: document.components.schemas });
    const viaOpenApi = ajv.compile({ $ref: 'openapi#/$defs/Listing' });
    const listing = JSON.parse(
      await readFile(
        new URL(`../spec/${SPEC_VERSION}/examples/listings/clifton-youth-club.json`, import.meta.url),
        'utf8',
      ),
    );
    expect(viaOpenApi(listing), JSON.stringify(viaOpenApi.errors)).toBe(true);
    expect(viaOpenApi({ ...listing, ageRange: { minValue: 11 } })).toBe(false);
  });
});
