import { createSpecAjv, schemaId, toVocabularyDocument, vocabularies } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe.each(vocabularies.map((vocabulary) => [vocabulary.id, vocabulary] as const))(
  'the %s vocabulary',
  (_id, vocabulary) => {
    const ids = vocabulary.concepts.map((concept) => concept.id);

    it('has unique kebab-case ids', () => {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    });

    it('points `broader` only at concepts of its own', () => {
      for (const concept of vocabulary.concepts as readonly { broader?: string }[]) {
        if (concept.broader) expect(ids).toContain(concept.broader);
      }
    });

    it('gives every concept a label and a definition', () => {
      for (const concept of vocabulary.concepts) {
        expect(concept.label.length).toBeGreaterThan(1);
        expect(concept.definition.length).toBeGreaterThan(20);
      }
    });

    it('publishes a document that is valid against the vocabulary schema', () => {
      const validate = createSpecAjv().getSchema(schemaId('vocabulary'));
      expect(validate?.(toVocabularyDocument(vocabulary)), JSON.stringify(validate?.errors)).toBe(true);
    });
  },
);

describe('the vocabularies together', () => {
  it('cover what design.md asks for', () => {
    const byId = Object.fromEntries(vocabularies.map((v) => [v.id, v.concepts.map((c) => c.id)]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        'audiences',
        'categories',
        'five-ways',
        'inclusion',
        'kinds',
        'needs',
        'referral-routes',
        'settings',
      ].sort(),
    );
    expect(byId['five-ways']).toEqual(['connect', 'be-active', 'take-notice', 'keep-learning', 'give']);
    expect(byId.categories).toEqual(
      expect.arrayContaining([
        'arts-and-crafts',
        'music',
        'mentoring',
        'peer-support',
        'sport-and-physical-activity',
      ]),
    );
    expect(byId.needs).toEqual(expect.arrayContaining(['feeling-anxious', 'low-mood', 'lonely-or-isolated']));
    expect(byId['referral-routes']).toEqual(
      expect.arrayContaining(['self-referral', 'school-or-college', 'camhs']),
    );
  });

  it('map to other lists only with well-formed URIs of the list they name', () => {
    const prefixes = {
      'openactive-activity-list': 'https://openactive.io/activity-list#',
      'esd-services': 'http://id.esd.org.uk/service/',
      'esd-needs': 'http://id.esd.org.uk/need/',
      'esd-circumstances': 'http://id.esd.org.uk/circumstance/',
    };
    const mappings = vocabularies.flatMap((v) =>
      v.concepts.flatMap(
        (c) => (c as { mappings?: readonly { scheme: string; uri: string }[] }).mappings ?? [],
      ),
    );
    expect(mappings.length).toBeGreaterThan(0);
    for (const mapping of mappings) {
      expect(mapping.uri.startsWith(prefixes[mapping.scheme as keyof typeof prefixes])).toBe(true);
    }
  });
});
