import { type Static, Type } from '@sinclair/typebox';
import { objectOptions } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const GeoCoordinates = Type.Object(
  {
    latitude: Type.Number({
      minimum: -90,
      maximum: 90,
      description: 'Latitude in decimal degrees (WGS 84).',
      examples: [51.4572],
    }),
    longitude: Type.Number({
      minimum: -180,
      maximum: 180,
      description: 'Longitude in decimal degrees (WGS 84); west of Greenwich is negative.',
      examples: [-2.5633],
    }),
  },
  objectOptions({
    $id: schemaId('geo-coordinates'),
    title: 'GeoCoordinates',
    description: 'Where a place is on the map, so directories can measure distance.',
  }),
);
export type GeoCoordinates = Static<typeof GeoCoordinates>;
