import { SPEC_VERSION, vocabularyUri } from '../spec-version.ts';
import type { VocabularyDocument } from '../types/vocabulary.ts';
import type { Vocabulary } from '../vocab/index.ts';

/** A vocabulary as published in `spec/<version>/vocab/<id>.json`. */
export function toVocabularyDocument(vocabulary: Vocabulary): VocabularyDocument {
  return {
    uri: vocabularyUri(vocabulary.id),
    id: vocabulary.id,
    title: vocabulary.title,
    description: vocabulary.description,
    version: SPEC_VERSION,
    concepts: vocabulary.concepts.map((concept) => ({ ...concept })) as VocabularyDocument['concepts'],
  };
}
