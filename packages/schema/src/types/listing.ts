import { type Static, Type } from '@sinclair/typebox';
import {
  DateOnly,
  DateTime,
  Flag,
  List,
  objectOptions,
  Ref,
  StringEnum,
  Term,
  Terms,
  Text,
  WebUrl,
} from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { categories, fiveWays, kinds, needs } from '../vocab/index.ts';
import { AdministrativeArea } from './administrative-area.ts';
import { AgeRange } from './age-range.ts';
import { AgeRestriction } from './age-restriction.ts';
import { ConsentAndAccompaniment } from './consent-and-accompaniment.ts';
import { Contact } from './contact.ts';
import { Endings } from './endings.ts';
import { FirstVisit } from './first-visit.ts';
import { Image } from './image.ts';
import { Inclusion } from './inclusion.ts';
import { Offer } from './offer.ts';
import { OnlineDetails } from './online-details.ts';
import { Organization } from './organization.ts';
import { Place } from './place.ts';
import { Referral } from './referral.ts';
import { Safeguarding } from './safeguarding.ts';
import { Schedule } from './schedule.ts';
import { Space } from './space.ts';

export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;

export const Listing = Type.Object(
  {
    // Core
    type: StringEnum(['Listing'], { description: 'Always `Listing`.', examples: ['Listing'] }),
    id: WebUrl({
      description:
        'A URL on a domain the publisher controls that names this listing and never changes, even when everything else about it does.',
      examples: ['https://brightsparksyouth.org.uk/listings/tuesday-youth-club'],
    }),
    identifier: Type.Optional(
      Text(200, {
        description: "The publisher's own reference for the listing, such as a row number in its system.",
        examples: ['YC-0042'],
      }),
    ),
    name: Text(140, {
      description: 'The name of the activity, group or service, as young people would say it.',
      examples: ['Tuesday Youth Club'],
    }),
    summary: Text(280, {
      description:
        'One or two short sentences saying what it is and who it is for, in plain English a 12-year-old can read.',
      examples: ['A relaxed youth club with games, music, food and youth workers to talk to.'],
    }),
    description: Type.Optional(
      Text(5000, {
        description: 'A fuller description in plain text (no HTML or markdown).',
        examples: [
          'Drop in after school for pool, table tennis, music and a hot meal. Youth workers are always around if you want to talk about anything.',
        ],
        recommended: true,
      }),
    ),
    kind: Term(kinds, {
      description: 'What sort of thing it is, from the `kinds` vocabulary.',
      examples: ['club'],
    }),
    categories: Terms(categories, {
      maxItems: 10,
      description: 'What it is about, from the `categories` vocabulary. Most relevant first.',
      examples: [['youth-clubs', 'sport-and-physical-activity']],
    }),
    needs: Type.Optional(
      Terms(needs, {
        maxItems: 15,
        description:
          'What it can help with, in plain language, from the `needs` vocabulary. Lets a link worker match it to a young person.',
        examples: [['lonely-or-isolated', 'confidence-and-self-esteem']],
        recommended: true,
      }),
    ),
    fiveWaysToWellbeing: Type.Optional(
      Terms(fiveWays, {
        maxItems: 5,
        description: 'Which of the Five Ways to Wellbeing it supports, from the `five-ways` vocabulary.',
        examples: [['connect', 'be-active']],
      }),
    ),
    image: Type.Optional(
      List(Ref(Image, { description: 'An image.' }), {
        maxItems: 10,
        description: 'Photos that show what it is like, best first, each with a text alternative.',
      }),
    ),
    organizer: Ref(Organization, { description: 'The organisation that runs it.' }),
    url: Type.Optional(
      WebUrl({
        description: 'The web page about it.',
        examples: ['https://brightsparksyouth.org.uk/youth-club'],
        recommended: true,
      }),
    ),
    contact: Type.Optional(Ref(Contact, { description: 'How to ask about it.', recommended: true })),
    dateModified: DateTime({
      description: 'When the data about this listing last changed, with a UTC offset.',
      examples: ['2026-11-02T09:30:00Z'],
    }),

    // Age
    ageRange: Ref(AgeRange, {
      description: 'The ages it is suitable for. Required: this is what makes it youth data.',
    }),
    ageRestriction: Type.Optional(
      Ref(AgeRestriction, { description: 'Ages that are enforced, when they differ from who it suits.' }),
    ),

    // Time
    eventSchedule: Type.Optional(
      List(Ref(Schedule, { description: 'A schedule.' }), {
        maxItems: 50,
        description: 'When it happens: repeating schedules and one-off dates.',
        recommended: true,
      }),
    ),
    byAppointment: Type.Optional(
      Flag({
        description: 'True when sessions are arranged to suit each young person rather than at set times.',
        examples: [true],
      }),
    ),
    scheduleDescription: Type.Optional(
      Text(500, {
        description: 'When it happens, in plain words, as it would appear on a poster.',
        examples: ['Tuesdays 4.30 to 6pm in term time'],
      }),
    ),

    // Location
    attendanceMode: StringEnum(ATTENDANCE_MODES, {
      description: 'Whether young people take part `in-person`, `online`, or both (`mixed`).',
      examples: ['in-person'],
    }),
    location: Type.Optional(Ref(Place, { description: 'Where it happens in person.', recommended: true })),
    areaServed: Type.Optional(
      List(Ref(AdministrativeArea, { description: 'An area.' }), {
        maxItems: 50,
        description:
          'The areas it serves, by ONS GSS code, for services without a single venue (home visits, outreach, online services for one area).',
      }),
    ),
    online: Type.Optional(Ref(OnlineDetails, { description: 'How to join when it happens online.' })),

    // Cost and travel
    isAccessibleForFree: Flag({
      description: 'True when it costs nothing to take part.',
      examples: [true],
    }),
    offers: Type.Optional(
      List(Ref(Offer, { description: 'A price.' }), {
        maxItems: 20,
        description: 'Prices, including concessions, when it is not free.',
      }),
    ),
    foodProvided: Type.Optional(
      Flag({
        description: 'True when a free snack or meal is part of it.',
        examples: [true],
      }),
    ),
    equipmentProvided: Type.Optional(
      Flag({
        description: 'True when everything needed to take part is provided.',
        examples: [true],
      }),
    ),
    travelSupport: Type.Optional(
      Text(500, {
        description: 'Help with getting there: bus fares, lifts, a minibus, a walking bus.',
        examples: [
          'Bus fares refunded on the day; a youth worker can meet you at the bus station for your first visit.',
        ],
      }),
    ),

    // Youth-specific
    referral: Type.Optional(
      Ref(Referral, { description: 'Who can refer, how, and whether there is space.', recommended: true }),
    ),
    consentAndAccompaniment: Type.Optional(
      Ref(ConsentAndAccompaniment, {
        description:
          'Whether consent is needed and whether a young person can come alone or with a trusted adult.',
        recommended: true,
      }),
    ),
    safeguarding: Type.Optional(
      Ref(Safeguarding, { description: 'How young people are kept safe.', recommended: true }),
    ),
    space: Type.Optional(
      Ref(Space, { description: 'The kind of space and how it feels.', recommended: true }),
    ),
    inclusion: Type.Optional(
      Ref(Inclusion, {
        description: 'Accessibility, SEND support, languages and who it is specifically for.',
      }),
    ),
    firstVisit: Type.Optional(
      Ref(FirstVisit, { description: 'What the first time is like.', recommended: true }),
    ),
    endings: Type.Optional(Ref(Endings, { description: 'How long it lasts and what comes after.' })),

    // Assurance
    lastVerified: Type.Optional(
      DateOnly({
        description:
          'When a person last confirmed it is still running and the details are right. Different from `dateModified`: checking without changing anything still counts.',
        examples: ['2026-10-15'],
        recommended: true,
      }),
    ),
    verifiedBy: Type.Optional(
      Text(100, {
        description: 'The role of who checked it, never a personal name.',
        examples: ['Youth services coordinator'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('listing'),
    title: 'Listing',
    description:
      'An activity, group, club, service, event or course that children and young people can be referred or signposted to.',
  }),
);
export type Listing = Static<typeof Listing>;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
