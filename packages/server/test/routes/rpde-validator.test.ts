import { createRequire } from 'node:module';
import { type AddressInfo, createServer } from 'node:net';
import { rebuildMergedView } from '@openyouth/aggregator';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/index.ts';
import { exampleListings } from '../helpers/examples.ts';
import { mergedExampleStore } from '../helpers/server.ts';

interface RpdeLog {
  pages: { url: string; errors: { severity: string; message: string; type: string }[] }[];
}
const require = createRequire(import.meta.url);
const { RpdeValidator } = require('@openactive/rpde-validator') as {
  RpdeValidator: (url: string, options: { timeoutMs: number; pageLimit: number }) => Promise<RpdeLog>;
};

// What OpenActive's validator says that is not about our RPDE publishing (see the SDK's test of the
// same page builder): OpenYouth is not OpenActive's data model, and its walk applies the full-page
// cache rule to the last page too, before checking max-age=8 on it correctly.
const explained = (problem: { type: string; message: string }) =>
  problem.type === 'no_modelling_data' ||
  (problem.type === 'missing_cache_control' && problem.message.includes('"public, max-age=8"'));

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("OpenActive's rpde-validator on the server's own /feeds/listings", () => {
  it('finds no failures in the merged directory the server republishes', async () => {
    const listings = exampleListings();
    const store = await mergedExampleStore();
    // A listing that has gone, so the feed carries a tombstone as a real feed does.
    await store.applyPage('examples', {
      items: [{ itemId: listings[0]?.id ?? '', state: 'deleted', modified: '2' }],
      position: 'p2',
      fetchedAt: '2026-11-24T11:00:00Z',
    });
    await rebuildMergedView(store);
    // The feed's next links are absolute, so the server must know its own address before it listens.
    const port = await freeLoopbackPort();
    const served = await buildServer({ source: store, publicUrl: `http://127.0.0.1:${port}/` });
    await served.listen({ port, host: '127.0.0.1' });
    try {
      const log = await RpdeValidator(`http://127.0.0.1:${port}/feeds/listings`, {
        timeoutMs: 5000,
        pageLimit: 20,
      });
      const problems = log.pages.flatMap((page) =>
        page.errors.map((error) => ({
          url: page.url,
          type: error.type,
          severity: error.severity,
          message: error.message,
        })),
      );
      expect(problems.filter((problem) => problem.severity === 'failure')).toEqual([]);
      expect(problems.filter((problem) => !explained(problem))).toEqual([]);
      expect(log.pages.length).toBeGreaterThan(0);
    } finally {
      await served.close();
    }
  }, 30_000);
});
