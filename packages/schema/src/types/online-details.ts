import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const OnlineDetails = Type.Object(
  {
    platform: Type.Optional(
      Text(100, {
        description: 'The app or website the sessions use.',
        examples: ['Discord'],
      }),
    ),
    url: Type.Optional(
      WebUrl({
        description:
          'Where to join or sign up. Never a private meeting link that anyone could use to join unchecked.',
        examples: ['https://prideyouth.org.uk/online-group'],
      }),
    ),
    howToJoin: Type.Optional(
      Text(1000, {
        description: 'What a young person does to join, including any check before they get the link.',
        examples: ['Fill in the sign-up form; a youth worker will call you before sending the invite.'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('online-details'),
    title: 'OnlineDetails',
    description: 'How a listing that happens online is joined.',
    minProperties: 1,
  }),
);
export type OnlineDetails = Static<typeof OnlineDetails>;
