import { type Static, Type } from '@sinclair/typebox';
import { Flag, objectOptions, StringEnum, Terms, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { settings } from '../vocab/index.ts';

export const GROUP_FORMATS = ['group', 'one-to-one', 'group-and-one-to-one'] as const;

export const Space = Type.Object(
  {
    settings: Terms(settings, {
      maxItems: 5,
      description: 'The kinds of place it happens in, from the `settings` vocabulary. The usual one first.',
      examples: [['youth-centre']],
    }),
    groupFormat: Type.Optional(
      StringEnum(GROUP_FORMATS, {
        description: 'Whether young people take part in a group, one to one, or both.',
        examples: ['group'],
        recommended: true,
      }),
    ),
    groupSizeMin: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1000, description: 'The smallest usual group.', examples: [6] }),
    ),
    groupSizeMax: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1000, description: 'The largest usual group.', examples: [15] }),
    ),
    dropIn: Type.Optional(
      Flag({
        description: 'True when young people can just turn up; false when a place must be booked first.',
        examples: [true],
        recommended: true,
      }),
    ),
    quietSpace: Type.Optional(
      Flag({
        description: 'True when there is a quiet space to take a break or talk privately.',
        examples: [true],
      }),
    ),
    description: Type.Optional(
      Text(1000, {
        description: 'What the space is like, as a young person walking in would see it.',
        examples: [
          'A bright room with sofas, a pool table and a kitchen. There is a smaller side room if it gets too busy.',
        ],
        recommended: true,
      }),
    ),
  },
  objectOptions({
    $id: schemaId('space'),
    title: 'Space',
    description:
      'The kind of space and how it feels: the setting, group or one to one, drop-in or booked, and whether there is somewhere quiet.',
  }),
);
export type Space = Static<typeof Space>;
