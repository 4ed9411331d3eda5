import { namedSchemas, type Vocabulary, vocabularies } from '@openyouth/schema';

interface VocabularyInfo {
  id: string;
  terms: readonly string[];
  /** Normalised labels ("youth clubs") to term ids, so a label typed instead of an id is recognised. */
  labels: ReadonlyMap<string, string>;
}

const enumKey = (values: readonly unknown[]) => values.join('\u0000');

/**
 * Enums of vocabulary terms, keyed by their values. The TypeBox source marks each with a source-only
 * `vocabulary` keyword that the published schemas drop; an ajv `enum` error is matched back by its values.
 */
function buildIndex(): Map<string, VocabularyInfo> {
  const byId = new Map<string, Vocabulary>(vocabularies.map((vocabulary) => [vocabulary.id, vocabulary]));
  const index = new Map<string, VocabularyInfo>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const schema = node as { vocabulary?: string; enum?: unknown[]; items?: { enum?: unknown[] } };
    const values = schema.enum ?? schema.items?.enum;
    const vocabulary = schema.vocabulary === undefined ? undefined : byId.get(schema.vocabulary);
    if (vocabulary && values) {
      const labels = new Map(
        vocabulary.concepts.map((concept) => [
          concept.label.toLowerCase().replace(/[\s_]+/g, '-'),
          concept.id,
        ]),
      );
      index.set(enumKey(values), { id: vocabulary.id, terms: values as string[], labels });
    }
    for (const child of Object.values(node)) visit(child);
  };
  for (const schema of namedSchemas) visit(schema);
  return index;
}

let index: Map<string, VocabularyInfo> | undefined;

/** The vocabulary an enum of allowed values comes from, if it is one. */
export function vocabularyOf(allowedValues: readonly unknown[]): VocabularyInfo | undefined {
  index ??= buildIndex();
  return index.get(enumKey(allowedValues));
}
