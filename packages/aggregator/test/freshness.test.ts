import { describe, expect, it } from 'vitest';
import { freshnessOf } from '../src/index.ts';

const now = new Date('2026-11-24T12:00:00Z');

describe('freshnessOf', () => {
  it.each([
    ['2026-11-01', 'fresh'],
    ['2026-05-26', 'fresh'],
    ['2026-05-01', 'ageing'],
    ['2025-11-25', 'ageing'],
    ['2025-11-01', 'stale'],
    [undefined, 'unknown'],
  ] as const)('calls a listing last verified on %s %s', (lastVerified, want) => {
    expect(freshnessOf(lastVerified ? { lastVerified } : {}, now)).toBe(want);
  });
});
