import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const PostalAddress = Type.Object(
  {
    streetAddress: Type.Optional(
      Text(200, {
        description: 'The building and street, on one line.',
        examples: ['Barton Hill Community Centre, 12 Queen Street'],
        recommended: true,
      }),
    ),
    addressLocality: Type.Optional(
      Text(100, { description: 'The town or city.', examples: ['Bristol'], recommended: true }),
    ),
    addressRegion: Type.Optional(
      Text(100, { description: 'The county or region, where it helps.', examples: ['Avon'] }),
    ),
    postalCode: Text(16, {
      description:
        'The UK postcode, with or without its space. Directories use it to find listings near someone.',
      examples: ['BS5 9PN'],
    }),
    addressCountry: Type.Optional(
      Type.String({
        pattern: '^[A-Z]{2}$',
        maxLength: 2,
        description: 'The ISO 3166-1 country code. Leave out for the United Kingdom (GB).',
        examples: ['GB'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('postal-address'),
    title: 'PostalAddress',
    description: 'A postal address. The postcode is required; the rest is recommended.',
  }),
);
export type PostalAddress = Static<typeof PostalAddress>;
