import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './referral-route.ts';

describe('referral-route', () => {
  it.each<[string, { given: Record<string, unknown>; omit?: string[]; want: CheckedNotice[] }]>([
    ['accepts routes with how to refer', { given: {}, want: [] }],
    [
      'accepts routes when a contact says how to ask',
      { given: { referral: { routes: ['school-or-college'] } }, want: [] },
    ],
    [
      'reports referral_missing without referral',
      {
        given: {},
        omit: ['referral'],
        want: [
          {
            code: 'referral_missing',
            severity: 'warning',
            instancePath: '',
            params: {},
            message: 'The listing does not say who can refer a young person or how to join.',
          },
        ],
      },
    ],
    [
      'reports referral_how_missing with routes but no way to refer and no contact',
      {
        given: { referral: { routes: ['school-or-college'] } },
        omit: ['contact'],
        want: [
          {
            code: 'referral_how_missing',
            severity: 'info',
            instancePath: '/referral',
            params: {},
            message: 'The referral routes are given, but not how to refer.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, omit, want }) => {
    expect(noticesOf(rule, given, omit)).toEqual(want);
  });
});
