import { type Static, Type } from '@sinclair/typebox';
import { List, objectOptions, Ref, StringEnum, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

const TermId = (description: string, examples: string[]) =>
  Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 48, description, examples });

export const ConceptMappingDocument = Type.Object(
  {
    scheme: StringEnum(['openactive-activity-list', 'esd-services', 'esd-needs', 'esd-circumstances'], {
      description: 'The other list: OpenActive’s activity list, or an LGA/ESD list used by Open Referral UK.',
      examples: ['openactive-activity-list'],
    }),
    uri: WebUrl({
      description: 'The term’s URI in that list.',
      examples: ['https://openactive.io/activity-list#6ca15167-51da-4d91-a1ae-8a45dc47b0ea'],
    }),
    label: Text(200, { description: 'The term’s label in that list.', examples: ['Dance'] }),
    match: StringEnum(['exact', 'close', 'broad', 'narrow', 'related'], {
      description: 'How closely it matches, as in SKOS: `broad` when their term is wider than ours.',
      examples: ['exact'],
    }),
  },
  objectOptions({
    $id: schemaId('concept-mapping'),
    title: 'ConceptMapping',
    description: 'Where a concept corresponds to a term in another published list.',
  }),
);

export const ConceptDocument = Type.Object(
  {
    id: TermId('The stable id used as the value in listings.', ['feeling-anxious']),
    label: Text(100, { description: 'A short label for people.', examples: ['Feeling anxious'] }),
    definition: Text(400, {
      description: 'What the term covers, in plain English.',
      examples: ['Worrying a lot, feeling panicky or on edge, or avoiding things because of worry.'],
    }),
    broader: Type.Optional(
      TermId('The id of a wider concept in the same vocabulary.', ['sport-and-physical-activity']),
    ),
    mappings: Type.Optional(
      List(Ref(ConceptMappingDocument, { description: 'A mapping.' }), {
        maxItems: 20,
        description: 'Corresponding terms in other published lists.',
      }),
    ),
  },
  objectOptions({ $id: schemaId('concept'), title: 'Concept', description: 'One term of a vocabulary.' }),
);

export const VocabularyDocument = Type.Object(
  {
    uri: WebUrl({
      description: 'Where the vocabulary is published.',
      examples: ['https://openyouth.org/spec/0.1/vocab/needs.json'],
    }),
    id: TermId('The vocabulary’s short id, named in the schema property descriptions.', ['needs']),
    title: Text(100, { description: 'The vocabulary’s title.', examples: ['Needs'] }),
    description: Text(1000, {
      description: 'What the vocabulary is for.',
      examples: ['What a listing can help with, in the words a young person would use.'],
    }),
    version: Text(20, { description: 'The version of the standard it belongs to.', examples: ['0.1'] }),
    concepts: List(Ref(ConceptDocument, { description: 'A concept.' }), {
      maxItems: 500,
      description: 'The terms, in the order they are best shown to people.',
    }),
  },
  objectOptions({
    $id: schemaId('vocabulary'),
    title: 'Vocabulary',
    description: 'A published vocabulary of terms that listings use as values.',
  }),
);
export type VocabularyDocument = Static<typeof VocabularyDocument>;
