import { type Static, Type } from '@sinclair/typebox';
import {
  Duration,
  Email,
  Flag,
  objectOptions,
  StringEnum,
  Telephone,
  Terms,
  Text,
  WebUrl,
} from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { referralRoutes } from '../vocab/index.ts';

export const CAPACITY_STATUSES = ['taking-referrals', 'waiting-list', 'full', 'paused'] as const;

export const Referral = Type.Object(
  {
    routes: Terms(referralRoutes, {
      maxItems: 20,
      description:
        'Every way a young person can be referred or come along, from the `referral-routes` vocabulary. Include `self-referral` when a young person can simply get in touch.',
      examples: [['self-referral', 'school-or-college', 'link-worker']],
    }),
    eligibility: Type.Optional(
      Text(500, {
        description:
          'Who can join, beyond the age range and the groups in `inclusion.specificallyFor`: a partner school, living in an area, an assessment first.',
        examples: ['For pupils at partner secondary schools in Hackney. A short home visit comes first.'],
      }),
    ),
    howToRefer: Type.Optional(
      Text(1000, {
        description: 'What to do to refer someone or to join, step by step, in plain words.',
        examples: ['Fill in the short online form or ring the youth team. We reply within two working days.'],
        recommended: true,
      }),
    ),
    url: Type.Optional(
      WebUrl({
        description: 'The referral or sign-up form.',
        examples: ['https://brightsparksyouth.org.uk/refer'],
      }),
    ),
    email: Type.Optional(
      Email({
        description: 'Where referrals are sent by email.',
        examples: ['referrals@brightsparksyouth.org.uk'],
      }),
    ),
    telephone: Type.Optional(
      Telephone({ description: 'A phone number for referrals.', examples: ['0117 496 0124'] }),
    ),
    capacityStatus: Type.Optional(
      StringEnum(CAPACITY_STATUSES, {
        description:
          'Whether it is taking people now: `taking-referrals`, `waiting-list`, `full` (not taking anyone new) or `paused`.',
        examples: ['taking-referrals'],
        recommended: true,
      }),
    ),
    waitingTime: Type.Optional(
      Duration({
        description: 'The usual wait from referral to first session, as an ISO 8601 duration.',
        examples: ['P3W'],
      }),
    ),
    comeAndTry: Type.Optional(
      Flag({
        description: 'True when a young person can come to a first session to try it before deciding.',
        examples: [true],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('referral'),
    title: 'Referral',
    description: 'Who can refer a young person, how, and whether there is space now.',
  }),
);
export type Referral = Static<typeof Referral>;
