import { type Static, Type } from '@sinclair/typebox';
import { Age, objectOptions } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const AgeRange = Type.Object(
  {
    minValue: Age({
      description: 'The youngest age, in whole years, the listing is suitable for.',
      examples: [11],
    }),
    maxValue: Age({
      description: 'The oldest age, in whole years, the listing is suitable for.',
      examples: [16],
    }),
  },
  objectOptions({
    $id: schemaId('age-range'),
    title: 'AgeRange',
    description:
      'The ages a listing is suitable for, both ends included. Both bounds are required: a listing without an explicit age range is not youth data.',
  }),
);
export type AgeRange = Static<typeof AgeRange>;
