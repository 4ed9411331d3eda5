import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './recommended-properties.ts';

const missing = (instancePath: string, property: string): CheckedNotice => ({
  code: 'recommended_property_missing',
  severity: 'info',
  instancePath,
  params: { property },
  message: `'${property}' is recommended but not given.`,
});

const endings = {
  ongoing: true,
  howEndingsAreHandled: 'We help you move on.',
  followOn: [{ id: 'https://other.org.uk/x', name: 'X' }],
};

describe('recommended-properties', () => {
  it.each<[string, { given: Record<string, unknown>; omit?: string[]; want: CheckedNotice[] }]>([
    ['accepts a listing with every recommended property', { given: { endings }, want: [] }],
    [
      'reports recommended_property_missing at the top level',
      {
        given: { endings },
        omit: ['lastVerified', 'url'],
        want: [missing('', 'url'), missing('', 'lastVerified')],
      },
    ],
    [
      'reports recommended_property_missing inside nested objects and lists',
      {
        given: { endings: { ongoing: true, followOn: [{ id: 'https://other.org.uk/x' }] } },
        want: [missing('/endings', 'howEndingsAreHandled'), missing('/endings/followOn/0', 'name')],
      },
    ],
    [
      'does not ask an online listing for a location',
      { given: { endings, attendanceMode: 'online' }, omit: ['location'], want: [] },
    ],
  ])('%s', (_name, { given, omit, want }) => {
    expect(noticesOf(rule, given, omit)).toEqual(want);
  });
});
