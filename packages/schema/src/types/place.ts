import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, Ref, StringEnum, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { GeoCoordinates } from './geo-coordinates.ts';
import { PostalAddress } from './postal-address.ts';

export const Place = Type.Object(
  {
    type: StringEnum(['Place'], { description: 'Always `Place`.', examples: ['Place'] }),
    id: Type.Optional(
      WebUrl({
        description:
          'A URL on a domain the publisher controls for this venue, shared by every listing held there.',
        examples: ['https://brightsparksyouth.org.uk/places/barton-hill'],
      }),
    ),
    name: Type.Optional(
      Text(200, {
        description: 'The name of the venue or meeting point.',
        examples: ['Barton Hill Community Centre'],
        recommended: true,
      }),
    ),
    address: Type.Optional(Ref(PostalAddress, { description: 'The postal address.', recommended: true })),
    geo: Type.Optional(
      Ref(GeoCoordinates, {
        description: 'The map position, so directories can find listings near someone.',
        recommended: true,
      }),
    ),
    description: Type.Optional(
      Text(1000, {
        description: 'How to find it: which door, where to meet, what is nearby.',
        examples: ['Use the side entrance on Queen Street; the youth room is on the ground floor.'],
      }),
    ),
    publicTransport: Type.Optional(
      Text(500, {
        description: 'The nearest bus stops, stations and routes.',
        examples: [
          'Buses 48 and 49 stop outside (Queen Street stop). Lawrence Hill station is a 10-minute walk.',
        ],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('place'),
    title: 'Place',
    description: 'A venue or meeting point where a listing happens in person.',
  }),
);
export type Place = Static<typeof Place>;
