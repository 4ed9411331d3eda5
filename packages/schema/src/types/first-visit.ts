import { type Static, Type } from '@sinclair/typebox';
import { Flag, objectOptions, Text } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const FirstVisit = Type.Object(
  {
    whatHappens: Type.Optional(
      Text(1000, {
        description: 'What happens the first time, step by step, written for an anxious young person.',
        examples: [
          'Someone meets you at the door, shows you round and introduces you to one or two people. You can just watch if you like.',
        ],
        recommended: true,
      }),
    ),
    whoYouWillMeet: Type.Optional(
      Text(500, {
        description: 'Who will be there: roles, not names.',
        examples: ['Two youth workers and a volunteer peer mentor who used to come to the group.'],
      }),
    ),
    whatToBring: Type.Optional(
      Text(500, {
        description: 'What to wear or bring, if anything.',
        examples: ['Comfy clothes and trainers. A water bottle helps.'],
      }),
    ),
    canVisitBeforeJoining: Type.Optional(
      Flag({
        description: 'True when a young person can come and look round before joining.',
        examples: [true],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('first-visit'),
    title: 'FirstVisit',
    description: 'What the first time is like: the thing an anxious young person most wants to know.',
    minProperties: 1,
  }),
);
export type FirstVisit = Static<typeof FirstVisit>;
