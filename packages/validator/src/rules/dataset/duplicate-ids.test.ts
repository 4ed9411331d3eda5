import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './duplicate-ids.ts';

const id = (name: string) => ({ id: `https://nottinghamyouthhubs.org.uk/listings/${name}` });

describe('duplicate-ids', () => {
  it.each<[string, { given: Record<string, unknown>[]; want: CheckedNotice[] }]>([
    ['accepts distinct ids', { given: [id('a'), id('b')], want: [] }],
    [
      'reports listing_id_duplicate on the second listing with an id',
      {
        given: [id('a'), id('b'), id('a')],
        want: [
          {
            code: 'listing_id_duplicate',
            severity: 'error',
            instancePath: '/2/id',
            params: { id: 'https://nottinghamyouthhubs.org.uk/listings/a', firstAt: '/0' },
            message:
              'The id https://nottinghamyouthhubs.org.uk/listings/a is already used by the listing at /0.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
