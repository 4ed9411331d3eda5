// The Five Ways to Wellbeing, from the New Economics Foundation's 2008 report for the
// Government Office for Science Foresight project. Names follow that report; the
// definitions are our own. No mappings: none of the external lists has these terms.
import type { Vocabulary } from './types.ts';

export const fiveWays = {
  id: 'five-ways',
  title: 'Five Ways to Wellbeing',
  description:
    'The Five Ways to Wellbeing (New Economics Foundation, 2008): five everyday actions that evidence links to better wellbeing. A listing can say which of them taking part helps with.',
  concepts: [
    {
      id: 'connect',
      label: 'Connect',
      definition:
        'Spending time with other people and building relationships: making friends, feeling part of a group, getting to know people in your community.',
    },
    {
      id: 'be-active',
      label: 'Be active',
      definition:
        'Moving your body in a way you enjoy, such as sport, dance, walking or playing outside. It does not have to be competitive or hard.',
    },
    {
      id: 'take-notice',
      label: 'Take notice',
      definition:
        'Slowing down and paying attention to what is around you and how you feel, for example through nature, art, mindfulness or simply being in the moment.',
    },
    {
      id: 'keep-learning',
      label: 'Keep learning',
      definition:
        'Trying something new or getting better at something: a skill, a hobby, an instrument, cooking, a qualification. Learning builds confidence.',
    },
    {
      id: 'give',
      label: 'Give',
      definition:
        'Doing something for someone else or for your community, such as helping out, volunteering, campaigning or supporting a friend.',
    },
  ],
} as const satisfies Vocabulary;
