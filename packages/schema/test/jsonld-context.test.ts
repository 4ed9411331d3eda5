import { buildJsonLdContext, contextTerms, namedSchemas } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';

// RPDE's envelope and the vocabulary documents are not linked data; everything else is.
const NOT_LINKED_DATA = new Set(['FeedPage', 'FeedItem', 'Vocabulary', 'Concept', 'ConceptMapping']);

describe('the JSON-LD context', () => {
  it('defines a term for every property of the data types', () => {
    const properties = namedSchemas
      .filter((type) => !NOT_LINKED_DATA.has(type.title))
      .flatMap((type) => Object.keys(type.properties));
    const missing = [...new Set(properties)].filter((property) => !contextTerms.includes(property));
    expect(missing).toEqual([]);
  });

  it('defines no term twice and maps each to schema.org, OpenActive, DCMI or our namespace', () => {
    expect(new Set(contextTerms).size).toBe(contextTerms.length);
    const context = buildJsonLdContext()['@context'] as Record<string, unknown>;
    for (const term of contextTerms.filter((t) => t !== 'id' && t !== 'type')) {
      const definition = context[term];
      const iri = typeof definition === 'string' ? definition : (definition as { '@id': string })['@id'];
      expect(iri, term).toMatch(/^(schema|oa|oy|dcterms):[A-Za-z]+$/);
    }
  });

  it('uses schema.org names for the terms schema.org has', () => {
    const context = buildJsonLdContext()['@context'] as Record<string, unknown>;
    expect(context.name).toBe('schema:name');
    expect(context.organizer).toBe('schema:organizer');
    expect(context.eventSchedule).toBe('schema:eventSchedule');
    expect(context.ageRange).toBe('oa:ageRange');
    expect(context.summary).toBe('oy:summary');
  });
});
