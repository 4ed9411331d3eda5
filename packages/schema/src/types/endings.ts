import { type Static, Type } from '@sinclair/typebox';
import { Duration, Flag, List, objectOptions, Ref, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const FollowOn = Type.Object(
  {
    id: WebUrl({
      description: 'The `id` of the listing a young person can move on to; it may be in another dataset.',
      examples: ['https://brightsparksyouth.org.uk/listings/friday-youth-club'],
    }),
    name: Type.Optional(
      Text(200, {
        description: 'The name of that listing, for readers who cannot look it up.',
        examples: ['Friday Youth Club'],
        recommended: true,
      }),
    ),
    description: Type.Optional(
      Text(500, {
        description: 'Why it is a good next step.',
        examples: ['Many young people carry on here with friends they made on the course.'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('follow-on'),
    title: 'FollowOn',
    description: 'A listing a young person can move on to afterwards.',
  }),
);
export type FollowOn = Static<typeof FollowOn>;

export const Endings = Type.Object(
  {
    duration: Type.Optional(
      Duration({
        description:
          'How long it lasts, as an ISO 8601 duration: for one young person on a programme, or the whole run of a project that runs for a fixed period.',
        examples: ['P6W'],
      }),
    ),
    numberOfSessions: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1000,
        description: 'How many sessions a programme has.',
        examples: [6],
      }),
    ),
    ongoing: Type.Optional(
      Flag({
        description: 'True when young people can keep coming for as long as it helps, with no fixed end.',
        examples: [false],
      }),
    ),
    howEndingsAreHandled: Type.Optional(
      Text(1000, {
        description: 'How the ending is prepared for, so it does not come as a shock.',
        examples: [
          'We talk about the last session from week 4 and help each young person choose what to do next.',
        ],
        recommended: true,
      }),
    ),
    followOn: Type.Optional(
      List(Ref(FollowOn, { description: 'A follow-on listing.' }), {
        maxItems: 20,
        description: 'Listings a young person can move on to afterwards.',
        recommended: true,
      }),
    ),
  },
  objectOptions({
    $id: schemaId('endings'),
    title: 'Endings',
    description: 'How long it lasts and what comes after: endings matter to young people.',
    minProperties: 1,
  }),
);
export type Endings = Static<typeof Endings>;
