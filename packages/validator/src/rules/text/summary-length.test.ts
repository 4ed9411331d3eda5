import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './summary-length.ts';

describe('summary-length', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts a summary of 200 characters', { given: { summary: 'a'.repeat(200) }, want: [] }],
    [
      'reports summary_too_long above 200 characters',
      {
        given: { summary: 'a'.repeat(201) },
        want: [
          {
            code: 'summary_too_long',
            severity: 'warning',
            instancePath: '/summary',
            params: { length: 201, advised: 200 },
            message: 'The summary is 201 characters; directories show about 200.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
