import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, Ref, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { FeedItem } from './feed-item.ts';

export const FeedPage = Type.Object(
  {
    next: WebUrl({
      description:
        'The URL of the next page. On the last page, `items` is empty and `next` is this page’s own URL, so a reader can poll it for new changes.',
      examples: [
        'https://brightsparksyouth.org.uk/feeds/listings?afterTimestamp=1793611800000&afterId=tuesday-youth-club',
      ],
    }),
    items: Type.Array(Ref(FeedItem, { description: 'A change.' }), {
      maxItems: 5000,
      description:
        'The changes on this page, ordered by `modified` then `id`. Empty only on the last page, as RPDE requires.',
    }),
    license: WebUrl({
      description: 'The licence the data is published under.',
      examples: ['https://creativecommons.org/licenses/by/4.0/'],
    }),
  },
  objectOptions({
    $id: schemaId('feed-page'),
    title: 'FeedPage',
    description: 'One page of an RPDE 1.0 change feed of listings.',
  }),
);
export type FeedPage = Omit<Static<typeof FeedPage>, 'items'> & { items: FeedItem[] };
