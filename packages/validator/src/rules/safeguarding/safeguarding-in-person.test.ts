import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './safeguarding-in-person.ts';

describe('safeguarding-in-person', () => {
  it.each<[string, { given: Record<string, unknown>; omit?: string[]; want: CheckedNotice[] }]>([
    ['accepts an in-person listing with safeguarding', { given: {}, want: [] }],
    [
      'accepts an online listing without it',
      { given: { attendanceMode: 'online' }, omit: ['safeguarding', 'location'], want: [] },
    ],
    [
      'reports safeguarding_missing for a mixed listing without it',
      {
        given: { attendanceMode: 'mixed' },
        omit: ['safeguarding'],
        want: [
          {
            code: 'safeguarding_missing',
            severity: 'warning',
            instancePath: '',
            params: { attendanceMode: 'mixed' },
            message: 'The listing is mixed but says nothing about safeguarding.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, omit, want }) => {
    expect(noticesOf(rule, given, omit)).toEqual(want);
  });
});
