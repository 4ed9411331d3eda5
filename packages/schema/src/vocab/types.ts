/** Where a concept of ours corresponds to a term in another published list. */
export interface ConceptMapping {
  /** The other list: OpenActive's activity list, or one of the LGA/ESD lists used by Open Referral UK. */
  readonly scheme: MappingScheme;
  /** The term's URI in that list, exactly as the list publishes it. */
  readonly uri: string;
  /** The term's label in that list, for people reading the mapping. */
  readonly label: string;
  /** SKOS-style closeness: exact, close, broad (theirs is wider), narrow (theirs is narrower) or related. */
  readonly match: 'exact' | 'close' | 'broad' | 'narrow' | 'related';
}

export type MappingScheme = 'openactive-activity-list' | 'esd-services' | 'esd-needs' | 'esd-circumstances';

/** One term of a vocabulary: its id never changes once published. */
export interface Concept {
  /** Stable kebab-case id, used as the value in listings. */
  readonly id: string;
  /** Short label for people, in sentence case. */
  readonly label: string;
  /** One or two plain-English sentences saying what the term covers. */
  readonly definition: string;
  /** The id of a wider concept in the same vocabulary, where the vocabulary is a hierarchy. */
  readonly broader?: string;
  readonly mappings?: readonly ConceptMapping[];
}

export interface Vocabulary {
  /** Kebab-case id; also the file name under `spec/<version>/vocab/`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly concepts: readonly Concept[];
}

/** The literal union of a vocabulary's concept ids, so listings are typed against the vocabulary. */
export type ConceptId<V extends Vocabulary> = V['concepts'][number]['id'];

export function conceptIds<V extends Vocabulary>(vocabulary: V): ConceptId<V>[] {
  return vocabulary.concepts.map((concept) => concept.id);
}
