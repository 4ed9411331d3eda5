import {
  audiences,
  type Concept,
  categories,
  type MappingScheme,
  needs,
  type Vocabulary,
  vocabularyUri,
} from '@openyouth/schema';

/** The vocabularies a taxonomy term from another standard can land in. */
export type TargetVocabulary = 'categories' | 'needs' | 'audiences';

export interface VocabularyMatch {
  readonly vocabulary: TargetVocabulary;
  readonly id: string;
  /** How the match was found, for the report and the mapping docs. */
  readonly via: 'own-uri' | 'mapping' | 'label' | 'synonym';
}

const TARGETS: readonly Vocabulary[] = [categories, needs, audiences];

/** The URI of one of our concepts: the vocabulary document's URI with the concept id as fragment. */
export function conceptUri(vocabularyId: string, conceptId: string): string {
  return `${vocabularyUri(vocabularyId)}#${conceptId}`;
}

// Hand-made, for taxonomy term names often seen in Open Referral UK directories that our
// vocabularies have a sound equivalent for but no published mapping yet. Keys are lower case.
const SYNONYMS: Readonly<Record<string, readonly [TargetVocabulary, string]>> = {
  counselling: ['categories', 'counselling-and-talking-therapies'],
  'talking therapies': ['categories', 'counselling-and-talking-therapies'],
  'mental health': ['categories', 'mental-health-support'],
  'emotional wellbeing': ['categories', 'mental-health-support'],
  'youth club': ['categories', 'youth-clubs'],
  'youth clubs': ['categories', 'youth-clubs'],
  'youth services': ['categories', 'youth-clubs'],
  mentoring: ['categories', 'mentoring'],
  befriending: ['categories', 'mentoring'],
  'peer support': ['categories', 'peer-support'],
  sport: ['categories', 'sport-and-physical-activity'],
  sports: ['categories', 'sport-and-physical-activity'],
  'physical activity': ['categories', 'sport-and-physical-activity'],
  'arts and crafts': ['categories', 'arts-and-crafts'],
  volunteering: ['categories', 'volunteering'],
  'young carers': ['audiences', 'young-carers'],
  'care leavers': ['audiences', 'care-experienced'],
  'looked after children': ['audiences', 'care-experienced'],
  'holiday activities': ['categories', 'holiday-activities'],
  'holiday activities and food': ['categories', 'holiday-activities'],
  'advice and information': ['categories', 'advice-and-information'],
  anxiety: ['needs', 'feeling-anxious'],
  depression: ['needs', 'low-mood'],
  bereavement: ['needs', 'bereavement-and-loss'],
  bullying: ['needs', 'bullying'],
  loneliness: ['needs', 'lonely-or-isolated'],
  'self-harm': ['needs', 'self-harm'],
};

interface Index {
  byUri: Map<string, VocabularyMatch>;
  byLabel: Map<string, VocabularyMatch>;
}

let index: Index | undefined;

function buildIndex(): Index {
  const byUri = new Map<string, VocabularyMatch>();
  const byLabel = new Map<string, VocabularyMatch>();
  for (const vocabulary of TARGETS) {
    const target = vocabulary.id as TargetVocabulary;
    for (const concept of vocabulary.concepts as readonly Concept[]) {
      byUri.set(conceptUri(vocabulary.id, concept.id), {
        vocabulary: target,
        id: concept.id,
        via: 'own-uri',
      });
      for (const mapping of concept.mappings ?? []) {
        // Only exact and close matches are safe to carry across; broader terms would over-claim.
        if (mapping.match === 'exact' || mapping.match === 'close' || mapping.match === 'narrow') {
          byUri.set(mapping.uri, { vocabulary: target, id: concept.id, via: 'mapping' });
        }
      }
      byLabel.set(concept.label.toLowerCase(), { vocabulary: target, id: concept.id, via: 'label' });
    }
  }
  for (const [name, [vocabulary, id]] of Object.entries(SYNONYMS)) {
    if (!byLabel.has(name)) byLabel.set(name, { vocabulary, id, via: 'synonym' });
  }
  return { byUri, byLabel };
}

/** Finds our concept for a taxonomy term: by URI first (ours or a published mapping), then by name. */
export function matchTerm(term: {
  uri?: string | undefined;
  name?: string | undefined;
}): VocabularyMatch | undefined {
  index ??= buildIndex();
  const uri = term.uri?.trim();
  if (uri) {
    const found = index.byUri.get(uri) ?? index.byUri.get(uri.replace(/^https:/, 'http:'));
    if (found) return found;
  }
  const name = term.name?.trim().toLowerCase();
  return name ? index.byLabel.get(name) : undefined;
}

/**
 * The terms of another scheme that classify one of our concepts truthfully: exact, close and
 * broad matches (their term is the same or wider). Narrower and related terms would over-claim.
 */
export function mappingsTo(
  vocabulary: Vocabulary,
  conceptId: string,
  scheme: MappingScheme,
): { uri: string; label: string }[] {
  const concept = (vocabulary.concepts as readonly Concept[]).find((c) => c.id === conceptId);
  return (concept?.mappings ?? [])
    .filter((m) => m.scheme === scheme && (m.match === 'exact' || m.match === 'close' || m.match === 'broad'))
    .map(({ uri, label }) => ({ uri, label }));
}

export function conceptLabel(vocabulary: Vocabulary, conceptId: string): string {
  return (vocabulary.concepts as readonly Concept[]).find((c) => c.id === conceptId)?.label ?? conceptId;
}

/** The names of our synonyms table, for the mapping documentation and its test. */
export const TERM_SYNONYMS = SYNONYMS;
