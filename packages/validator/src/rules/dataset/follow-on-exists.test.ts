import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './follow-on-exists.ts';

const base = 'https://nottinghamyouthhubs.org.uk/listings/';
const course = (followOn: string) => ({ id: `${base}course`, endings: { followOn: [{ id: followOn }] } });

describe('follow-on-exists', () => {
  it.each<[string, { given: Record<string, unknown>[]; want: CheckedNotice[] }]>([
    [
      'accepts a follow-on that is in the data',
      { given: [course(`${base}club`), { id: `${base}club` }], want: [] },
    ],
    [
      "leaves another publisher's follow-ons alone",
      { given: [course('https://other.org.uk/listings/x'), { id: `${base}club` }], want: [] },
    ],
    [
      'reports follow_on_not_found for a missing listing of the same publisher',
      {
        given: [course(`${base}clubb`), { id: `${base}club` }],
        want: [
          {
            code: 'follow_on_not_found',
            severity: 'warning',
            instancePath: '/0/endings/followOn/0/id',
            params: { id: `${base}clubb`, listingsChecked: 2 },
            message: `The follow-on ${base}clubb is not among the 2 listings checked.`,
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });

  it('does not judge a single listing, whose follow-ons are elsewhere by definition', () => {
    expect(noticesOf(rule, course(`${base}club`))).toEqual([]);
  });
});
