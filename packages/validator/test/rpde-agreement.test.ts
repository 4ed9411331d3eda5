import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validate } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';

// OpenActive's own page checker, the reference this validator must agree with (RPDE 1.0).
const { FeedPageChecker } = createRequire(import.meta.url)('@openactive/rpde-validator') as {
  FeedPageChecker: new () => {
    validateRpdePage(page: {
      url: string;
      json: unknown;
      pageIndex: number;
      contentType: string;
      cacheControl: string;
      status: number;
    }): { message: string }[];
  };
};

const NOW = new Date('2026-11-24T12:00:00Z');
const examples = new URL('../../../spec/0.1/examples/feed/', import.meta.url);
const examplePages = ['page-1.json', 'page-2.json', 'page-3.json'].map(
  (name) => JSON.parse(readFileSync(new URL(name, examples), 'utf8')) as { next: string; items: unknown[] },
);
const firstUrl = 'https://kestrelyouth.org.uk/feeds/listings';
const urlOf = (index: number) => (index === 0 ? firstUrl : (examplePages[index - 1]?.next ?? ''));

const BASE = 'https://example-youth.org.uk/feed';
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const deleted = (id: string, modified: number) => ({ state: 'deleted', kind: 'Listing', id, modified });
const rpdeFailures = (url: string, json: unknown, pageIndex = 0) =>
  new FeedPageChecker().validateRpdePage({
    url,
    json,
    pageIndex,
    contentType: 'application/json',
    cacheControl: 'public, max-age=3600',
    status: 200,
  });
const ourErrors = (json: unknown) =>
  validate(json, { now: NOW })
    .notices.filter((group) => group.severity === 'error')
    .map((group) => group.code);

describe("agreement with OpenActive's rpde-validator on single pages", () => {
  it.each(examplePages.map((page, index) => [`example page ${index + 1}`, page, index] as const))(
    'both accept %s',
    (_name, page, index) => {
      expect(rpdeFailures(urlOf(index), page, index)).toEqual([]);
      expect(ourErrors(page)).toEqual([]);
    },
  );

  it.each([
    [
      'a next URL not built from the last item',
      {
        next: `${BASE}?afterTimestamp=1&afterId=a`,
        license: LICENSE,
        items: [deleted('a', 1), deleted('b', 2)],
      },
      'rpde_next_not_after_last_item',
    ],
    [
      'a deleted item that carries data',
      {
        next: `${BASE}?afterTimestamp=1&afterId=a`,
        license: LICENSE,
        items: [{ ...deleted('a', 1), data: {} }],
      },
      'schema_property_not_allowed',
    ],
  ])('both reject %s', (_name, page, code) => {
    expect(rpdeFailures(BASE, page).length).toBeGreaterThan(0);
    expect(ourErrors(page)).toContain(code);
  });
});
