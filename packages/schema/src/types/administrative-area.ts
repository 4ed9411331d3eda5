import { type Static, Type } from '@sinclair/typebox';
import { GssCode, objectOptions, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const AdministrativeArea = Type.Object(
  {
    code: GssCode({
      description:
        'The ONS GSS code of the area, usually a local authority (E06000023 is Bristol, W06000015 is Cardiff).',
      examples: ['E06000023'],
    }),
    name: Type.Optional(
      Text(100, {
        description: 'The name of the area, for people reading the data.',
        examples: ['Bristol, City of'],
        recommended: true,
      }),
    ),
  },
  objectOptions({
    $id: schemaId('administrative-area'),
    title: 'AdministrativeArea',
    description: 'An area named by its ONS GSS code, such as the local authority a service covers.',
  }),
);
export type AdministrativeArea = Static<typeof AdministrativeArea>;
