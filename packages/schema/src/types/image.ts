import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const Image = Type.Object(
  {
    url: WebUrl({
      description:
        'Where the image is. Use photos the publisher has permission to share, with no child identifiable without consent.',
      examples: ['https://brightsparksyouth.org.uk/images/youth-club-kitchen.jpg'],
    }),
    description: Text(250, {
      description: 'A text alternative for people who cannot see the image: what it shows, in a sentence.',
      examples: ['Young people cooking pizza together in the youth club kitchen.'],
    }),
  },
  objectOptions({
    $id: schemaId('image'),
    title: 'Image',
    description: 'A photo or picture, always with a text alternative.',
  }),
);
export type Image = Static<typeof Image>;
