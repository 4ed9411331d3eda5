import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import { fleschReadingEase } from './readability.ts';
import rule from './summary-readability.ts';

describe('summary-readability', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts short sentences and everyday words',
      {
        given: { summary: 'A free youth club with pool, games and food. Come along and meet new friends.' },
        want: [],
      },
    ],
    [
      'does not score a summary too short to judge',
      { given: { summary: 'Comprehensive intergenerational provision.' }, want: [] },
    ],
    [
      'reports summary_hard_to_read for long words in one long sentence',
      {
        given: {
          summary:
            'Comprehensive developmental provision facilitating intergenerational socialisation, recreational participation and therapeutic engagement opportunities.',
        },
        want: [
          {
            code: 'summary_hard_to_read',
            severity: 'warning',
            instancePath: '/summary',
            params: { score: 0, floor: 50 },
            message: 'The summary scores 0 for reading ease; aim for 50 or more.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });

  it('scores plain English above hard English', () => {
    const plain =
      fleschReadingEase('We play games and cook food. You can come with a friend if you like.') ?? 0;
    const hard =
      fleschReadingEase(
        'Participants experience individualised therapeutic interventions facilitated by practitioners.',
      ) ?? 0;
    expect(plain).toBeGreaterThan(80);
    expect(hard).toBeLessThan(20);
  });
});
