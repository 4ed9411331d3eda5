import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, isTransientStatus, parseMaxAge, parseRetryAfter } from '../src/feed/retry.ts';

describe('retry helpers', () => {
  it('keeps every backoff delay within [0, min(cap, base * 2^attempt))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 120_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, base, cap, random) => {
          const delay = backoffDelay(attempt, base, cap, () => random);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.max(1, Math.min(cap, base * 2 ** attempt)));
        },
      ),
    );
  });

  it('grows the backoff ceiling exponentially until the cap', () => {
    const ceiling = (attempt: number) => backoffDelay(attempt, 100, 1000, () => 0.999999);
    expect([0, 1, 2, 3, 4, 10].map(ceiling)).toEqual([99, 199, 399, 799, 999, 999]);
  });

  const now = Date.parse('2026-11-24T12:00:00Z');
  it.each([
    ['delta-seconds', '120', 120_000],
    ['zero', '0', 0],
    ['an HTTP-date in the future', 'Tue, 24 Nov 2026 12:00:30 GMT', 30_000],
    ['an HTTP-date in the past', 'Tue, 24 Nov 2026 11:00:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['nothing', undefined, undefined],
  ])('reads Retry-After given as %s', (_name, header, want) => {
    expect(parseRetryAfter(header, now)).toBe(want);
  });

  it.each([
    ['public, max-age=3600', 3_600_000],
    ['max-age=8, public', 8_000],
    ['public, s-maxage=60', undefined],
    ['no-store', undefined],
    [undefined, undefined],
  ])('reads max-age from Cache-Control %j', (header, want) => {
    expect(parseMaxAge(header)).toBe(want);
  });

  it.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [404, false],
    [410, false],
  ])('treats HTTP %i as transient: %s', (status, want) => {
    expect(isTransientStatus(status)).toBe(want);
  });
});
