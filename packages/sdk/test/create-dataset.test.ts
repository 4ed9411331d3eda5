import { readFileSync } from 'node:fs';
import type { Dataset } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { createDataset, isDataset } from '../src/index.ts';

const example = JSON.parse(
  readFileSync(new URL('../../../spec/0.1/examples/dataset.json', import.meta.url), 'utf8'),
) as Dataset;
const { type: _type, distribution, ...rest } = example;

describe('createDataset', () => {
  it('rebuilds the spec example descriptor from its parts', () => {
    const built = createDataset({ ...rest, feeds: distribution.map((feed) => ({ url: feed.contentUrl })) });
    expect(built).toEqual(example);
    expect(isDataset(built)).toBe(true);
  });

  it('fills in conformsTo, dateModified in whole seconds and the feed details', () => {
    const built = createDataset({
      id: 'https://club.example.org/openyouth/',
      name: 'Example Club activities',
      description: 'Clubs for young people in Example Town.',
      publisher: { type: 'Organization', id: 'https://club.example.org/#org', name: 'Example Club' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      dateModified: new Date('2026-11-24T10:15:30.123Z'),
      feeds: [{ url: 'https://club.example.org/feeds/listings', name: 'Sessions' }],
    });
    expect(built.conformsTo).toBe('https://openyouth.org/spec/0.1/');
    expect(built.dateModified).toBe('2026-11-24T10:15:30Z');
    expect(built.distribution).toEqual([
      {
        type: 'DataDownload',
        name: 'Sessions',
        kind: 'Listing',
        contentUrl: 'https://club.example.org/feeds/listings',
        encodingFormat: 'application/vnd.openactive.rpde+json; version=1',
      },
    ]);
    expect(isDataset(built)).toBe(true);
  });

  it.each([
    ['no feeds', { feeds: [] }, /\/distribution: must NOT have fewer than 1 items/],
    ['a relative feed URL', { feeds: [{ url: '/feeds/listings' }] }, /\/feeds\/0\/url:/],
    ['an empty name', { name: '' }, /\/name:/],
  ])('throws OY_ERR_DATASET_INVALID naming the field for %s', (_name, override, message) => {
    expect(() =>
      createDataset({ ...rest, feeds: [{ url: 'https://kestrelyouth.org.uk/feeds/listings' }], ...override }),
    ).toThrow(
      expect.objectContaining({ code: 'OY_ERR_DATASET_INVALID', message: expect.stringMatching(message) }),
    );
  });
});
