import { type Static, Type } from '@sinclair/typebox';
import { EnumList, objectOptions, StringEnum, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const CONCESSION_ELIGIBILITY = [
  'free-school-meals',
  'low-income',
  'care-experienced',
  'young-carers',
  'disabled',
  'siblings',
] as const;

export const Offer = Type.Object(
  {
    name: Type.Optional(
      Text(100, {
        description: 'What this price is for, or who it is for.',
        examples: ['Concession (free school meals)'],
      }),
    ),
    price: Type.Number({
      minimum: 0,
      maximum: 100000,
      description: 'The price in `priceCurrency`, as a number without the currency sign. 0 means free.',
      examples: [2.5],
    }),
    priceCurrency: StringEnum(['GBP', 'EUR'], {
      description: 'The ISO 4217 currency code.',
      examples: ['GBP'],
    }),
    eligibility: Type.Optional(
      EnumList(CONCESSION_ELIGIBILITY, {
        maxItems: 6,
        description:
          'Who this price is for, when it is a concession: `free-school-meals`, `low-income`, `care-experienced`, `young-carers`, `disabled`, `siblings`.',
        examples: [['free-school-meals']],
      }),
    ),
    unitText: Type.Optional(
      Text(50, {
        description: 'What one price buys.',
        examples: ['per session'],
      }),
    ),
    description: Type.Optional(
      Text(500, {
        description: 'Anything else about the price: how to pay, bursaries, what is included.',
        examples: ['Pay on the day. Nobody is turned away for being unable to pay.'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('offer'),
    title: 'Offer',
    description: 'A price for taking part, including concessions.',
  }),
);
export type Offer = Static<typeof Offer>;
