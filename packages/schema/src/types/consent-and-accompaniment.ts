import { type Static, Type } from '@sinclair/typebox';
import { Age, Flag, objectOptions, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const ConsentAndAccompaniment = Type.Object(
  {
    parentalConsentRequired: Type.Optional(
      Flag({
        description:
          'True when a parent or carer must agree before a young person takes part. With `parentalConsentBelowAge`, only younger people need it.',
        examples: [true],
      }),
    ),
    parentalConsentBelowAge: Type.Optional(
      Age({
        description:
          'When only younger people need consent: consent is needed for anyone younger than this age.',
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
        description:
          'The youngest age at which a young person can come on their own; anyone younger must come with a parent, carer or other responsible adult.',
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
    notes: Type.Optional(
      Text(500, {
        description:
          'Anything else about consent or coming with someone, such as an adult having to stay or join in.',
        examples: ['Under-16s need an adult with them in the water.'],
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
