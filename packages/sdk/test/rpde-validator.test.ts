import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createFeedHandler } from '../src/index.ts';
import { specListingItems } from './helpers/spec-feed.ts';

interface RpdeLog {
  pages: { url: string; errors: { severity: string; message: string; type: string }[] }[];
}
const require = createRequire(import.meta.url);
const { RpdeValidator } = require('@openactive/rpde-validator') as {
  RpdeValidator: (url: string, options: { timeoutMs: number; pageLimit: number }) => Promise<RpdeLog>;
};

async function validateFeed(limit: number) {
  const server = createServer(
    createFeedHandler({
      items: [
        ...specListingItems(),
        { state: 'deleted', id: 'https://example.org/gone', modified: Date.now() - 1000 },
      ],
      limit,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds/listings`;
    const log = await RpdeValidator(url, { timeoutMs: 5000, pageLimit: 50 });
    // Errors are ValidationError instances whose fields are getters: read them explicitly.
    return log.pages.flatMap((page) =>
      page.errors.map((error) => ({
        url: page.url,
        type: error.type,
        severity: error.severity,
        message: error.message,
      })),
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

// What the validator says that is not about our RPDE publishing, each with the reason.
const explained: [string, (problem: { type: string; message: string }, limit: number) => boolean][] = [
  // OpenYouth listings are not OpenActive Modelling Opportunity Data; a suggestion, by design.
  ['no_modelling_data', (problem) => problem.type === 'no_modelling_data'],
  // We ask for pages of 5 to get several pages; the default limit is 500.
  ['minimum_items_per_page', (problem, limit) => problem.type === 'minimum_items_per_page' && limit < 500],
  // The validator's walk applies the full-page cache rule to every page it follows, the last included
  // (FeedChecker.walk calls load(url, false)); it then checks max-age=8 on its own last-page request.
  [
    'missing_cache_control on the walked last page',
    (problem) => problem.type === 'missing_cache_control' && problem.message.includes('"public, max-age=8"'),
  ],
];

describe("OpenActive's rpde-validator on a feed published with createFeedHandler", () => {
  it.each([
    ['several pages of 5 items', 5],
    ['one page holding everything', 500],
  ])('reports no failures, and no warnings beyond the explained ones, for %s', async (_name, limit) => {
    const problems = await validateFeed(limit);
    expect(problems.filter((problem) => problem.severity === 'failure')).toEqual([]);
    const unexplained = problems.filter(
      (problem) => !explained.some(([, matches]) => matches(problem, limit)),
    );
    expect(unexplained.map(({ url, type, message }) => `${url}: ${type}: ${message}`)).toEqual([]);
    // The validator did read pages and check the synthetic last page: an empty log would prove nothing.
    expect(problems.some((problem) => problem.type === 'no_modelling_data')).toBe(true);
  });
});
