import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './plain-text-markup.ts';

describe('plain-text-markup', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts plain text with ordinary punctuation',
      { given: { summary: 'Games, food & music - all free! (Ages 10-19.)' }, want: [] },
    ],
    [
      'reports text_contains_html for tags',
      {
        given: { summary: 'A <b>free</b> youth club.' },
        want: [
          {
            code: 'text_contains_html',
            severity: 'warning',
            instancePath: '/summary',
            params: { property: 'summary' },
            message: 'summary contains HTML.',
          },
        ],
      },
    ],
    [
      'reports text_contains_html for entities',
      {
        given: { description: 'Pool &amp; table tennis.' },
        want: [
          {
            code: 'text_contains_html',
            severity: 'warning',
            instancePath: '/description',
            params: { property: 'description' },
            message: 'description contains HTML.',
          },
        ],
      },
    ],
    [
      'reports text_contains_markdown for links deep in the listing',
      {
        given: { firstVisit: { whatHappens: 'Read [our guide](https://example-youth.org.uk/guide) first.' } },
        want: [
          {
            code: 'text_contains_markdown',
            severity: 'warning',
            instancePath: '/firstVisit/whatHappens',
            params: { property: 'whatHappens' },
            message: 'whatHappens contains markdown formatting.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
