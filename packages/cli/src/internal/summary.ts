import type { Listing } from '@openyouth/schema';

const DAY_ABBREVIATIONS: Record<string, string> = {
  Monday: 'Mon',
  Tuesday: 'Tue',
  Wednesday: 'Wed',
  Thursday: 'Thu',
  Friday: 'Fri',
  Saturday: 'Sat',
  Sunday: 'Sun',
};

function when(listing: Listing): string {
  const schedules = listing.eventSchedule ?? [];
  if (schedules.length === 0) return listing.byAppointment ? 'by appointment' : 'not given';
  return schedules
    .map((schedule) => {
      const days = (schedule.byDay ?? []).map((day) => DAY_ABBREVIATIONS[day]).join('/');
      const date = schedule.repeatFrequency ? days : (schedule.startDate ?? '');
      return `${date} ${schedule.startTime}`.trim();
    })
    .join(', ');
}

function where(listing: Listing): string {
  if (listing.attendanceMode === 'online') return 'online';
  return listing.location?.address?.postalCode ?? listing.areaServed?.[0]?.name ?? 'not given';
}

const cost = (listing: Listing) =>
  listing.isAccessibleForFree ? 'free' : `from £${Math.min(...(listing.offers ?? []).map((o) => o.price))}`;

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
