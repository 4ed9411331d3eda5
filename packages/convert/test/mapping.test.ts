import { conceptUri, matchTerm, SHEETS } from '@openyouth/convert';
import { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { NOT_CARRIED } from '../src/spreadsheet/columns.ts';

describe('matchTerm, the taxonomy mapping table', () => {
  it.each([
    [
      'our own concept URI',
      { uri: conceptUri('needs', 'low-mood') },
      { vocabulary: 'needs', id: 'low-mood', via: 'own-uri' },
    ],
    [
      'an OpenActive activity URI',
      { uri: 'https://openactive.io/activity-list#6ca15167-51da-4d91-a1ae-8a45dc47b0ea' },
      { vocabulary: 'categories', id: 'dance', via: 'mapping' },
    ],
    [
      'a label of ours, in any case',
      { name: 'YOUTH CLUBS' },
      { vocabulary: 'categories', id: 'youth-clubs', via: 'label' },
    ],
    [
      'a hand-made synonym',
      { name: 'Counselling' },
      { vocabulary: 'categories', id: 'counselling-and-talking-therapies', via: 'synonym' },
    ],
    [
      'a synonym for an audience',
      { name: 'Care leavers' },
      { vocabulary: 'audiences', id: 'care-experienced' },
    ],
  ])('maps %s', (_name, term, want) => {
    expect(matchTerm(term)).toMatchObject(want);
  });

  it.each([
    ['an unknown URI and name', { uri: 'http://example.com/term/1', name: 'Widgets' }],
    ['nothing', {}],
    // Our published ESD mappings are broad or related: a wider ESD term does not say which of ours it is.
    ['an ESD service URI mapped only as broader', { uri: 'http://id.esd.org.uk/service/298' }],
    ['an ESD need URI mapped only as related', { uri: 'https://id.esd.org.uk/need/69' }],
  ])('maps %s to nothing', (_name, term) => {
    expect(matchTerm(term)).toBeUndefined();
  });
});

describe('the spreadsheet columns', () => {
  it('cover every listing property, in a column, a linked sheet, or the list of what is not carried', () => {
    const carried = new Set([
      ...(SHEETS[0]?.columns ?? []).map((c) => c.path[0]),
      ...SHEETS.flatMap((s) => (s.property ? [s.property] : [])),
      ...NOT_CARRIED.filter((p) => !p.includes('.')),
      'type',
    ]);
    const missing = Object.keys(Listing.properties).filter((p) => !carried.has(p));
    expect(missing).toEqual([]);
  });
});
