import { type Static, Type } from '@sinclair/typebox';
import { Age, objectOptions, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const AgeRestriction = Type.Object(
  {
    minValue: Type.Optional(
      Age({
        description: 'Nobody younger than this age can take part, whatever the circumstances.',
        examples: [13],
      }),
    ),
    maxValue: Type.Optional(
      Age({
        description: 'Nobody older than this age can take part.',
        examples: [18],
      }),
    ),
    description: Type.Optional(
      Text(300, {
        description: 'Why the restriction exists, or exceptions to it.',
        examples: ['Up to 25 for young people with an EHCP.'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('age-restriction'),
    title: 'AgeRestriction',
    description:
      'Ages that are enforced, for example by insurance or licensing. Separate from the age range, which says who the listing suits.',
    minProperties: 1,
  }),
);
export type AgeRestriction = Static<typeof AgeRestriction>;
