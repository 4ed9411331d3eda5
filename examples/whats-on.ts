// A tiny directory: read two RPDE feeds and print what is on this week for a 14-year-old.
// Run: node --conditions=@openyouth/source examples/whats-on.ts [--age 14] [--today 2026-11-24] [feed URL…]
// Without feed URLs it serves the spec's examples on 127.0.0.1 as two providers' feeds and reads those.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import {
  createFeedHandler,
  type Listing,
  type PublishableItem,
  readFeed,
  type Schedule,
} from '@openyouth/sdk';

const DAY_MS = 86_400_000;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const EXAMPLES = new URL('../spec/0.1/examples/', import.meta.url);

/** The dates (YYYY-MM-DD) of the Monday-to-Sunday week holding `today`. */
export function weekOf(today: string): string[] {
  const start = Date.parse(`${today}T00:00:00Z`);
  const monday = start - ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: 7 }, (_, index) =>
    new Date(monday + index * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Whether a schedule has a session on `date`. School terms are not modelled here: term-time sessions show as on. */
export function runsOn(schedule: Schedule, date: string): boolean {
  const { startDate, endDate, repeatFrequency, byDay, byMonthWeek } = schedule;
  if (startDate === undefined || date < startDate || (endDate !== undefined && date > endDate)) return false;
  if (schedule.exceptDate?.includes(date)) return false;
  if (repeatFrequency === undefined) return date === startDate;
  if (repeatFrequency === 'P1D') return true;
  const day = new Date(`${date}T00:00:00Z`);
  if (byDay !== undefined && !byDay.includes(DAYS[day.getUTCDay()] as (typeof byDay)[number])) return false;
  const weeks = Math.floor((day.getTime() - Date.parse(`${startDate}T00:00:00Z`)) / (7 * DAY_MS));
  if (repeatFrequency === 'P2W') return weeks % 2 === 0;
  if (repeatFrequency === 'P1M' && byMonthWeek !== undefined) {
    const dayOfMonth = day.getUTCDate();
    const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
    return byMonthWeek.some((week) =>
      week === -1 ? dayOfMonth + 7 > daysInMonth : Math.ceil(dayOfMonth / 7) === week,
    );
  }
  return repeatFrequency === 'P1W';
}

/** Reads every feed to its last page, applying deletions, and returns the current listings. */
export async function readListings(feedUrls: string[]): Promise<Listing[]> {
  const listings = new Map<string, Listing>();
  for (const url of feedUrls) {
    for await (const item of readFeed(url, { userAgent: 'whats-on-example/0.1' })) {
      if (item.state === 'updated') listings.set(item.id, item.data);
      else listings.delete(item.id);
    }
  }
  return [...listings.values()];
}

/** The lines to print: each session this week open to someone of `age`, in time order. */
export function whatsOn(listings: Listing[], age: number, today: string): string[] {
  const sessions: { when: string; line: string }[] = [];
  for (const listing of listings) {
    for (const schedule of listing.eventSchedule ?? []) {
      const range = schedule.ageRange ?? listing.ageRange;
      if (age < range.minValue || age > range.maxValue) continue;
      for (const date of weekOf(today).filter((day) => runsOn(schedule, day))) {
        const day = DAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]?.slice(0, 3);
        const times = `${schedule.startTime ?? ''}–${schedule.endTime ?? ''}`;
        const line = `${day} ${date} ${times}  ${listing.name} (ages ${range.minValue}–${range.maxValue}), ${listing.organizer.name}`;
        sessions.push({ when: `${date} ${schedule.startTime ?? ''}`, line });
      }
    }
  }
  return sessions.sort((a, b) => a.when.localeCompare(b.when)).map((session) => session.line);
}

/** Serves the spec's 3-page Kestrel feed as it is, and the other example listings as a second provider. */
async function serveExampleFeeds(): Promise<{ urls: string[]; servers: Server[] }> {
  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  // The Kestrel feed's pages by path: page 1 at the feed URL, each next page at the previous page's `next`.
  const pagesByPath = new Map<string, string>();
  const kestrel = createServer((request, response) => {
    const body = pagesByPath.get(request.url ?? '');
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  const kestrelOrigin = await listen(kestrel);
  let path = '/feeds/listings';
  for (const name of ['page-1', 'page-2', 'page-3']) {
    const text = readFileSync(new URL(`feed/${name}.json`, EXAMPLES), 'utf8').replaceAll(
      'https://kestrelyouth.org.uk',
      kestrelOrigin,
    );
    pagesByPath.set(path, text);
    const next = new URL((JSON.parse(text) as { next: string }).next);
    path = next.pathname + next.search;
  }
  const inKestrelFeed = new Set(
    ['page-1', 'page-2'].flatMap((name) =>
      (
        JSON.parse(readFileSync(new URL(`feed/${name}.json`, EXAMPLES), 'utf8')) as {
          items: { id: string }[];
        }
      ).items.map((item) => item.id),
    ),
  );
  const items: PublishableItem[] = readdirSync(new URL('listings/', EXAMPLES))
    .map((name) => JSON.parse(readFileSync(new URL(`listings/${name}`, EXAMPLES), 'utf8')) as Listing)
    .filter((listing) => !inKestrelFeed.has(listing.id))
    .map((listing) => ({
      state: 'updated',
      id: listing.id,
      modified: Date.parse(listing.dateModified),
      data: listing,
    }));
  const others = createServer(
    createFeedHandler({ items, license: 'https://creativecommons.org/licenses/by/4.0/' }),
  );
  const othersOrigin = await listen(others);
  return {
    urls: [`${kestrelOrigin}/feeds/listings`, `${othersOrigin}/feeds/listings`],
    servers: [kestrel, others],
  };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { age: { type: 'string', default: '14' }, today: { type: 'string' } },
  });
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const served = positionals.length === 0 ? await serveExampleFeeds() : { urls: positionals, servers: [] };
  try {
    const listings = await readListings(served.urls);
    const lines = whatsOn(listings, Number(values.age), today);
    console.log(
      `What's on for a ${values.age}-year-old in the week of ${weekOf(today)[0]} (${listings.length} listings from ${served.urls.length} feeds):`,
    );
    for (const line of lines) console.log(`  ${line}`);
    if (lines.length === 0) console.log('  Nothing with a timetable this week.');
  } finally {
    for (const server of served.servers) server.close();
  }
}
