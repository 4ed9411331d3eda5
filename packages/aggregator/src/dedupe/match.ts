import type { Listing, Schedule } from '@openyouth/schema';
import {
  nameTokens,
  normalisePostcode,
  normaliseUrl,
  organiserKey,
  qualifiersDiffer,
  similarity,
} from './normalise.ts';

export type MatchReason =
  | 'same-id'
  | 'same-url'
  | 'same-organiser'
  | 'same-postcode'
  | 'similar-name'
  | 'overlapping-schedule';

export interface Match {
  same: boolean;
  /** Every reason found, so a person can see why two listings were (or were not) merged. */
  reasons: MatchReason[];
  nameSimilarity: number;
}

/** Names must share most of their words: "Junior Youth Club" and "Senior Youth Club" (0.67) stay apart. */
export const NAME_SIMILARITY_THRESHOLD = 0.8;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A schedule as matching compares it: the weekdays it repeats on, or its date for a one-off, and
 * its minutes of the day. A weekday name never equals a date: a weekly session never overlaps a
 * one-off.
 */
interface Session {
  on: string[];
  from: number;
  to: number;
}

function sessionOf(schedule: Schedule): Session {
  const from = minutes(schedule.startTime);
  return {
    on: schedule.repeatFrequency ? (schedule.byDay ?? []) : schedule.startDate ? [schedule.startDate] : [],
    from,
    to: schedule.endTime ? minutes(schedule.endTime) : from + 60,
  };
}

/** Sessions overlap on a shared weekday or date, at the same time of day. */
const sessionsOverlap = (a: Session, b: Session) =>
  a.on.some((day) => b.on.includes(day)) && a.from < b.to && b.from < a.to;

/**
 * What matching looks at, worked out once per listing rather than once per comparison. The store
 * keeps it with each publishable item (`matchFeaturesJson`), so the merge never parses listings:
 * a change to what is worked out here needs a store layout version that works it out again.
 */
export interface MatchFeatures {
  id: string;
  url: string | undefined;
  /** Ways to recognise the organiser: its id, its charity number, its name without suffixes. */
  organisers: string[];
  postcode: string | undefined;
  name: Set<string>;
  sessions: Session[];
  /** The days (or dates, for one-offs) its sessions fall on, each once: two listings can only overlap on one. */
  days: string[];
  /** Which of a cluster's listings is shown: the greatest, the most recently verified then modified. */
  recency: string;
}

export function featuresOf(listing: Listing): MatchFeatures {
  const organisers = [`id:${listing.organizer.id}`];
  if (listing.organizer.charityNumber) organisers.push(`charity:${listing.organizer.charityNumber}`);
  const organiserName = organiserKey(listing);
  if (organiserName) organisers.push(`name:${organiserName}`);
  const sessions = (listing.eventSchedule ?? []).map(sessionOf);
  return {
    id: listing.id,
    url: normaliseUrl(listing.url),
    organisers,
    postcode: normalisePostcode(listing.location?.address?.postalCode),
    name: nameTokens(listing.name),
    sessions,
    days: daysOf(sessions),
    recency: `${listing.lastVerified ?? ''}|${listing.dateModified}`,
  };
}

function daysOf(sessions: readonly Session[]): string[] {
  const days: string[] = [];
  for (const session of sessions) for (const day of session.on) if (!days.includes(day)) days.push(day);
  return days;
}

/**
 * Features as the stores keep them: arrays, which parse faster than objects with their keys
 * (the merge parses one for each item it looks at). `days` follows from the sessions.
 */
type StoredFeatures = [
  id: string,
  url: string | null,
  organisers: string[],
  postcode: string | null,
  name: string[],
  sessions: [on: string[], from: number, to: number][],
  recency: string,
];

export function matchFeaturesJson(features: MatchFeatures): string {
  const stored: StoredFeatures = [
    features.id,
    features.url ?? null,
    features.organisers,
    features.postcode ?? null,
    [...features.name],
    features.sessions.map(({ on, from, to }) => [on, from, to]),
    features.recency,
  ];
  return JSON.stringify(stored);
}

export function parseMatchFeatures(json: string): MatchFeatures {
  const [id, url, organisers, postcode, name, stored, recency] = JSON.parse(json) as StoredFeatures;
  const sessions = stored.map(([on, from, to]) => ({ on, from, to }));
  return {
    id,
    url: url ?? undefined,
    organisers,
    postcode: postcode ?? undefined,
    name: new Set(name),
    sessions,
    days: daysOf(sessions),
    recency,
  };
}

export function matchFeatures(a: MatchFeatures, b: MatchFeatures): Match {
  const reasons: MatchReason[] = [];
  if (a.id === b.id) reasons.push('same-id');
  if (a.url && a.url === b.url) reasons.push('same-url');
  if (a.organisers.some((organiser) => b.organisers.includes(organiser))) reasons.push('same-organiser');
  if (a.postcode && a.postcode === b.postcode) reasons.push('same-postcode');
  const nameSimilarity = similarity(a.name, b.name);
  if (nameSimilarity >= NAME_SIMILARITY_THRESHOLD && !qualifiersDiffer(a.name, b.name))
    reasons.push('similar-name');
  if (a.sessions.some((x) => b.sessions.some((y) => sessionsOverlap(x, y))))
    reasons.push('overlapping-schedule');

  const identified = reasons.includes('same-id') || reasons.includes('same-url');
  const described = ['same-organiser', 'same-postcode', 'similar-name', 'overlapping-schedule'].every(
    (reason) => reasons.includes(reason as MatchReason),
  );
  return { same: identified || described, reasons, nameSimilarity };
}

/**
 * Whether two listings from different sources describe the same opportunity. Precision over
 * recall: the same id or web page is enough; otherwise it takes the same organiser, the same
 * postcode, a similar name and sessions at the same time, all four.
 */
export function matchListings(a: Listing, b: Listing): Match {
  return matchFeatures(featuresOf(a), featuresOf(b));
}
