// What sort of opportunity a listing is. Our own terms; no mappings: neither the
// OpenActive activity list nor the LGA/ESD lists classify opportunities this way.
// A single occurrence (a "session") is not a kind: dates and times come from the schedule.
import type { Vocabulary } from './types.ts';

export const kinds = {
  id: 'kinds',
  title: 'Kinds',
  description:
    'What sort of opportunity a listing is: how a young person takes part, not what it is about. Each listing has one kind; individual dates and times come from its schedule.',
  concepts: [
    {
      id: 'activity',
      label: 'Activity or class',
      definition:
        'Regular sessions of an activity, such as a weekly class, coaching or practice, that you can join or book without becoming a member.',
    },
    {
      id: 'club',
      label: 'Club',
      definition:
        'A club you join and keep coming back to, often with members, a regular time and people who get to know each other, such as a football club or youth theatre.',
    },
    {
      id: 'group',
      label: 'Group',
      definition:
        'A group that meets to support each other or share an interest, usually with a leader or facilitator, such as a peer support group or a young carers group.',
    },
    {
      id: 'drop-in',
      label: 'Drop-in',
      definition:
        'A space or session you can just turn up to when it is open, without booking or being referred, such as a youth café or drop-in centre.',
    },
    {
      id: 'course',
      label: 'Course or programme',
      definition:
        'A set number of sessions with a start and an end, where the same group goes through it together, such as a six-week confidence course.',
    },
    {
      id: 'event',
      label: 'Event',
      definition:
        'A one-off or short happening on set dates, such as a festival, fun day, open day, taster day or performance.',
    },
    {
      id: 'residential',
      label: 'Residential or trip',
      definition:
        'A trip away that includes staying overnight, such as a camp, an outdoor adventure weekend or an expedition.',
    },
    {
      id: 'service',
      label: 'Support service',
      definition:
        'Support from trained staff over a period of time, often starting with a referral or a first chat about what would help, such as counselling or a wellbeing service.',
    },
    {
      id: 'mentoring-scheme',
      label: 'Mentoring scheme',
      definition:
        'A scheme that matches a young person with a trained mentor who meets them regularly, one to one, for a set time.',
    },
    {
      id: 'helpline',
      label: 'Helpline or chat service',
      definition:
        'Support you can reach by phone, text, chat or email when you need it, without an appointment, such as a helpline or a text service.',
    },
    {
      id: 'volunteering-opportunity',
      label: 'Volunteering opportunity',
      definition:
        'A role where a young person gives their time to help others or their community, with support and often training from the organisation.',
    },
  ],
} as const satisfies Vocabulary;
