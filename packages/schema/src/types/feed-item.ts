import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, Ref, StringEnum, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { Listing } from './listing.ts';

export const FEED_ITEM_STATES = ['updated', 'deleted'] as const;

const properties = {
  state: StringEnum(FEED_ITEM_STATES, {
    description: '`updated` when the item is new or changed, `deleted` when it has gone.',
    examples: ['updated'],
  }),
  kind: StringEnum(['Listing'], {
    description: 'The type of the item: always `Listing` in an OpenYouth listings feed.',
    examples: ['Listing'],
  }),
  id: Text(2048, {
    description: "The item's id within the feed, unique and never reused. Usually the listing's `id`.",
    examples: ['https://brightsparksyouth.org.uk/listings/tuesday-youth-club'],
  }),
  modified: Type.Integer({
    minimum: 0,
    description:
      'A number that grows every time the item changes, such as a timestamp in milliseconds or a database change counter. Readers must keep it exact even above 2^53.',
    examples: [1793611800000],
  }),
  data: Type.Optional(Ref(Listing, { description: 'The listing, present only when `state` is `updated`.' })),
};

export const FeedItem = Type.Object(
  properties,
  objectOptions({
    $id: schemaId('feed-item'),
    title: 'FeedItem',
    description: 'One change in an RPDE feed: a listing that was added or updated, or one that was deleted.',
    // RPDE 1.0: updated items carry their data; deleted items carry none.
    if: { properties: { state: { enum: ['deleted'] } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keywords, not a promise.
    then: { properties: { data: false } },
    else: { properties: { data: true }, required: ['data'] },
  }),
);

type FeedItemBase = Omit<Static<typeof FeedItem>, 'state' | 'data'>;
export type UpdatedFeedItem = FeedItemBase & { state: 'updated'; data: Static<typeof Listing> };
export type DeletedFeedItem = FeedItemBase & { state: 'deleted' };
export type FeedItem = UpdatedFeedItem | DeletedFeedItem;
