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
const endMinutes = (schedule: Schedule) =>
  schedule.endTime ? minutes(schedule.endTime) : minutes(schedule.startTime) + 60;

function schedulesOverlap(a: Schedule, b: Schedule): boolean {
  const sameDay = a.repeatFrequency
    ? Boolean(b.repeatFrequency && a.byDay?.some((day) => b.byDay?.includes(day)))
    : !b.repeatFrequency && a.startDate !== undefined && a.startDate === b.startDate;
  return sameDay && minutes(a.startTime) < endMinutes(b) && minutes(b.startTime) < endMinutes(a);
}

/** What matching looks at, worked out once per listing rather than once per comparison. */
export interface MatchFeatures {
  id: string;
  url: string | undefined;
  /** Ways to recognise the organiser: its id, its charity number, its name without suffixes. */
  organisers: string[];
  postcode: string | undefined;
  name: Set<string>;
  schedules: readonly Schedule[];
  /** The days (or dates, for one-offs) its sessions fall on, each once: two listings can only overlap on one. */
  days: string[];
}

export function featuresOf(listing: Listing): MatchFeatures {
  const schedules = listing.eventSchedule ?? [];
  const organisers = [`id:${listing.organizer.id}`];
  if (listing.organizer.charityNumber) organisers.push(`charity:${listing.organizer.charityNumber}`);
  const organiserName = organiserKey(listing);
  if (organiserName) organisers.push(`name:${organiserName}`);
  return {
    id: listing.id,
    url: normaliseUrl(listing.url),
    organisers,
    postcode: normalisePostcode(listing.location?.address?.postalCode),
    name: nameTokens(listing.name),
    schedules,
    days: sessionDays(schedules),
  };
}

function sessionDays(schedules: readonly Schedule[]): string[] {
  const days: string[] = [];
  for (const schedule of schedules) {
    const on = schedule.repeatFrequency
      ? (schedule.byDay ?? [])
      : schedule.startDate
        ? [schedule.startDate]
        : [];
    for (const day of on) if (!days.includes(day)) days.push(day);
  }
  return days;
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
  if (a.schedules.some((x) => b.schedules.some((y) => schedulesOverlap(x, y))))
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
