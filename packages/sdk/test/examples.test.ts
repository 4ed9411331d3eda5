import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runsOn, weekOf } from '../../../examples/whats-on.ts';
import { readFeed } from '../src/index.ts';

const EXAMPLES = new URL('../../../examples/', import.meta.url);
const node = (file: string) => ['--conditions=@openyouth/source', fileURLToPath(new URL(file, EXAMPLES))];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

describe('examples/publish-feed.ts', () => {
  // Child processes start slowly on a loaded CI machine: allow them time.
  it('publishes the 17 example listings as a feed that readFeed reads to the end', {
    timeout: 20_000,
  }, async () => {
    const child = spawn(process.execPath, [...node('publish-feed.ts'), '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = chunk
      .toString()
      .match(/Publishing 17 listings at (http:\/\/127\.0\.0\.1:\d+\/feeds\/listings)/)?.[1];
    expect(url).toBeDefined();
    const reader = readFeed(url ?? '');
    const ids = new Set<string>();
    for await (const item of reader) ids.add(item.id);
    expect(ids.size).toBe(17);
    expect(reader.stats.pages).toBe(5);
  });
});

describe('examples/whats-on.ts', () => {
  it('reads two local feeds and prints the week’s sessions for a 14-year-old', {
    timeout: 20_000,
  }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      ...node('whats-on.ts'),
      '--today',
      '2026-11-24',
    ]);
    const [header, ...lines] = stdout.trim().split('\n');
    expect(header).toBe("What's on for a 14-year-old in the week of 2026-11-23 (17 listings from 2 feeds):");
    expect(lines).toContain(
      '  Tue 2026-11-24 16:30–18:00  Worry Less Group (ages 13–16), Kestrel Youth Trust',
    );
    for (const line of lines) {
      const [, min, max] = line.match(/\(ages (\d+)–(\d+)\)/) ?? [];
      expect(Number(min)).toBeLessThanOrEqual(14);
      expect(Number(max)).toBeGreaterThanOrEqual(14);
      expect(line.slice(6, 16) >= '2026-11-23' && line.slice(6, 16) <= '2026-11-29').toBe(true);
    }
    // The deleted Saturday Film Club in the Kestrel feed must not appear.
    expect(stdout).not.toContain('Film Club');
  });

  it('names the Monday-to-Sunday week holding a date', () => {
    expect(weekOf('2026-11-29')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  const weekly = { repeatFrequency: 'P1W', byDay: ['Tuesday'], startDate: '2026-09-01' } as const;
  it.each([
    ['a weekly session on its day', weekly, '2026-11-24', true],
    ['a weekly session on another day', weekly, '2026-11-25', false],
    ['a weekly session on an excepted date', { ...weekly, exceptDate: ['2026-11-24'] }, '2026-11-24', false],
    ['a weekly session before it starts', weekly, '2026-08-25', false],
    ['a fortnightly session in its off week', { ...weekly, repeatFrequency: 'P2W' }, '2026-09-08', false],
    ['a fortnightly session in its on week', { ...weekly, repeatFrequency: 'P2W' }, '2026-09-15', true],
    [
      'a first-Saturday session',
      { repeatFrequency: 'P1M', byDay: ['Saturday'], byMonthWeek: [1], startDate: '2026-09-05' },
      '2026-12-05',
      true,
    ],
    [
      'a first-Saturday session on the second Saturday',
      { repeatFrequency: 'P1M', byDay: ['Saturday'], byMonthWeek: [1], startDate: '2026-09-05' },
      '2026-12-12',
      false,
    ],
    ['a one-off event on its date', { startDate: '2027-02-06' }, '2027-02-06', true],
    [
      'a daily holiday club after it ends',
      { repeatFrequency: 'P1D', startDate: '2026-12-21', endDate: '2026-12-23' },
      '2026-12-24',
      false,
    ],
  ])('decides whether %s runs', (_name, schedule, date, want) => {
    expect(runsOn(schedule as Parameters<typeof runsOn>[0], date)).toBe(want);
  });
});
