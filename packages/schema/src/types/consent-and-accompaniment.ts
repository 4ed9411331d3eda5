import { type Static, Type } from '@sinclair/typebox';
import { Age, Flag, objectOptions, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const ConsentAndAccompaniment = Type.Object(
  {
    parentalConsentRequired: Type.Optional(
      Flag({
        description: 'True when a parent or carer must give consent before a young person takes part.',
        examples: [true],
      }),
    ),
    parentalConsentBelowAge: Type.Optional(
      Age({
        description:
          'When consent is needed only for younger people: consent is needed for anyone younger than this age.',
        examples: [16],
      }),
    ),
    canComeAlone: Type.Optional(
      Flag({
        description: 'True when a young person can come on their own, without an adult.',
        examples: [true],
      }),
    ),
    canComeAloneFromAge: Type.Optional(
      Age({
        description: 'The youngest age at which a young person can come on their own.',
        examples: [11],
      }),
    ),
    trustedAdultCanCome: Type.Optional(
      Flag({
        description:
          'True when a parent, carer or other trusted adult is welcome to come along, at least at first.',
        examples: [true],
      }),
    ),
    mustBeAccompaniedBelowAge: Type.Optional(
      Age({
        description:
          'Anyone younger than this age must come with a parent, carer or other responsible adult.',
        examples: [8],
      }),
    ),
    notes: Type.Optional(
      Text(500, {
        description: 'Anything else about consent or coming with someone, in plain words.',
        examples: ['Parents are welcome to stay for the first session and then collect at 6pm.'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('consent-and-accompaniment'),
    title: 'ConsentAndAccompaniment',
    description:
      'Whether a parent or carer has to agree, and whether a young person can come alone or with a trusted adult.',
    minProperties: 1,
  }),
);
export type ConsentAndAccompaniment = Static<typeof ConsentAndAccompaniment>;
