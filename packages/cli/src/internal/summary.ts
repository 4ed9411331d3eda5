import type { Listing, Schedule } from '@openyouth/schema';

const DAY_ABBREVIATIONS: Record<string, string> = {
  Monday: 'Mon',
  Tuesday: 'Tue',
  Wednesday: 'Wed',
  Thursday: 'Thu',
  Friday: 'Fri',
  Saturday: 'Sat',
  Sunday: 'Sun',
};

const FREQUENCY_WORDS: Record<string, string> = { P1D: 'daily', P2W: 'fortnightly', P1M: 'monthly' };

function describeSchedule(schedule: Schedule): string {
  if (!schedule.repeatFrequency) return `${schedule.startDate ?? 'one-off'} ${schedule.startTime}`;
  const days = (schedule.byDay ?? []).map((day) => DAY_ABBREVIATIONS[day]).join('/');
  const frequency = FREQUENCY_WORDS[schedule.repeatFrequency] ?? '';
  return [frequency, days, schedule.startTime].filter(Boolean).join(' ');
}

function when(listing: Listing): string {
  const schedules = listing.eventSchedule ?? [];
  if (schedules.length === 0) return listing.byAppointment ? 'by appointment' : 'not given';
  const described = [...new Set(schedules.map(describeSchedule))];
  const more = described.length > 2 ? ` +${described.length - 2} more` : '';
  return described.slice(0, 2).join(', ') + more;
}

function where(listing: Listing): string {
  if (listing.attendanceMode === 'online') return 'online';
  return listing.location?.address?.postalCode ?? listing.areaServed?.[0]?.name ?? 'not given';
}

const pounds = (price: number) => `£${Number.isInteger(price) ? price : price.toFixed(2)}`;

function cost(listing: Listing): string {
  if (listing.isAccessibleForFree) return 'free';
  const prices = (listing.offers ?? []).map((offer) => offer.price);
  if (prices.length === 0) return 'not given';
  const cheapest = Math.min(...prices);
  return cheapest === 0 ? `free for some, else ${pounds(Math.max(...prices))}` : `from ${pounds(cheapest)}`;
}

/** A one-line-per-listing table for people skimming a dataset. */
export function summariseListings(listings: readonly Listing[]): string {
  const rows = listings.map((listing) => [
    listing.name,
    listing.kind,
    `${listing.ageRange.minValue}–${listing.ageRange.maxValue}`,
    when(listing),
    where(listing),
    cost(listing),
  ]);
  const header = ['Name', 'Kind', 'Ages', 'When', 'Where', 'Cost'];
  const widths = header.map((title, column) =>
    Math.min(40, Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((text, column) => {
        const width = widths[column] ?? 0;
        return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}
