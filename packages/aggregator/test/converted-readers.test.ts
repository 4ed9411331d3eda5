import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listingsToXlsx } from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, harvestSource, readerFor, type SourceConfig } from '../src/index.ts';

// shared/ sits beside the checkout, here and in CI.
const fixtures = new URL('../../../../shared/fixtures/hsds/', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(`${fixtures}${name}`, 'utf8');
const examplesDir = new URL('../../../spec/0.1/examples/listings/', import.meta.url);
const examples: Listing[] = readdirSync(examplesDir)
  .sort()
  .slice(0, 4)
  .map((name) => JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')));

// One loopback server plays an Open Referral UK API and a web host with a spreadsheet on it.
let server: Server;
let base: string;
let workbook: Buffer;
const LOOPBACK = { loopback: true, private: false };

beforeAll(async () => {
  workbook = (await listingsToXlsx(examples)).output;
  const service = JSON.parse(fixture('service_full.json'));
  server = createServer((request, response) => {
    const json = (body: unknown) =>
      response.setHeader('content-type', 'application/json').end(JSON.stringify(body));
    if (request.url === '/oruk/') return json(JSON.parse(fixture('base.json')));
    if (request.url === '/oruk/services?page=1')
      return json({ ...JSON.parse(fixture('service_list.json')), total_pages: 1, last_page: true });
    if (request.url === `/oruk/services/${service.id}`) return json(service);
    if (request.url === '/sheet.xlsx') return response.end(workbook);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function harvestTwice(source: SourceConfig) {
  const store = await createStore(':memory:');
  await store.upsertSource(source);
  const reader = readerFor(source, LOOPBACK);
  const first = await harvestSource(store, source.id, { reader, check: () => [] });
  const second = await harvestSource(store, source.id, { reader, check: () => [] });
  return { store, first, second };
}

describe('readers for sources without a change feed', () => {
  it('harvests an Open Referral UK API whole, and a second harvest changes nothing', async () => {
    const { store, first, second } = await harvestTwice({
      id: 'council',
      url: `${base}/oruk/`,
      format: 'oruk',
    });
    expect(first).toMatchObject({ ok: true, pages: 1, changed: 1 });
    expect(second).toMatchObject({ ok: true, changed: 0, unchanged: 1, deleted: 0 });
    const [item] = await store.listCurrent(10);
    expect(item?.listing?.id).toMatch(new RegExp(`^${base}/oruk/services/`));
  });

  it('harvests a spreadsheet at a URL, and a second harvest changes nothing', async () => {
    const { store, first, second } = await harvestTwice({
      id: 'club',
      url: `${base}/sheet.xlsx`,
      format: 'spreadsheet',
    });
    expect(first).toMatchObject({ ok: true, changed: examples.length });
    expect(second).toMatchObject({ ok: true, changed: 0, unchanged: examples.length });
    expect((await store.listCurrent(10)).map((item) => item.listing?.id).sort()).toEqual(
      examples.map((listing) => listing.id).sort(),
    );
  });

  it('records a failure for a source that answers 404', async () => {
    const { first } = await harvestTwice({ id: 'gone', url: `${base}/missing.xlsx`, format: 'spreadsheet' });
    expect(first).toMatchObject({ ok: false, error: expect.stringContaining('HTTP 404') });
  });
});
