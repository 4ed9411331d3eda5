import { type Static, Type } from '@sinclair/typebox';
import { Flag, LanguageTag, List, objectOptions, Terms, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { audiences, inclusion } from '../vocab/index.ts';

export const Inclusion = Type.Object(
  {
    features: Type.Optional(
      Terms(inclusion, {
        maxItems: 40,
        description: 'Accessibility and inclusion features, from the `inclusion` vocabulary.',
        examples: [['wheelchair-accessible', 'neurodivergent-friendly']],
      }),
    ),
    specificallyFor: Type.Optional(
      Terms(audiences, {
        maxItems: 20,
        description:
          'Groups it is run specifically for, from the `audiences` vocabulary. Leave out when it is open to all young people in the age range.',
        examples: [['young-carers']],
      }),
    ),
    openToOthers: Type.Optional(
      Flag({
        description:
          'With `specificallyFor`: true when young people outside those groups are welcome too, false when it is only for them.',
        examples: [false],
      }),
    ),
    languages: Type.Optional(
      List(LanguageTag({ description: 'A language tag.' }), {
        maxItems: 20,
        uniqueItems: true,
        description:
          'Languages sessions are run in, as BCP 47 tags: `en`, `cy` (Welsh), `bfi` (British Sign Language).',
        examples: [['en', 'cy']],
      }),
    ),
    sendSupport: Type.Optional(
      Text(1000, {
        description: 'The support offered to young people with special educational needs and disabilities.',
        examples: [
          'Staff are trained in autism awareness; a visual timetable and ear defenders are available.',
        ],
      }),
    ),
    description: Type.Optional(
      Text(1000, {
        description: 'Anything else that helps someone decide whether it will work for them.',
        examples: ['Girls-only session on Wednesdays, run by female staff.'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('inclusion'),
    title: 'Inclusion',
    description: 'Accessibility, SEND support, languages and the groups a listing is specifically for.',
    minProperties: 1,
  }),
);
export type Inclusion = Static<typeof Inclusion>;
