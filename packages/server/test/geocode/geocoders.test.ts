import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centroidsFromListings,
  createMemoryGeocoder,
  createPostcodesIoGeocoder,
  createSqliteGeocoder,
  importPostcodeCsv,
  normalisePostcode,
} from '../../src/index.ts';
import { exampleListings } from '../helpers/examples.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/postcodes.csv');
const dir = mkdtempSync(join(tmpdir(), 'openyouth-geocode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('normalisePostcode', () => {
  const cases: [string, { given: string; want: string | undefined }][] = [
    ['spaces a postcode written without one', { given: 'bs59jb', want: 'BS5 9JB' }],
    ['collapses extra spaces', { given: '  EC1A   1BB ', want: 'EC1A 1BB' }],
    ['keeps a short London postcode', { given: 'e8 3qe', want: 'E8 3QE' }],
    ['refuses words', { given: 'hello', want: undefined }],
    ['refuses an outward code alone', { given: 'BS5', want: undefined }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(normalisePostcode(given)).toBe(want));
});

describe('the postcode centroid file', () => {
  it('is what scripts/build-postcode-fixture.ts generates from the example listings', () => {
    const rows = readFileSync(FIXTURE, 'utf8').trim().split('\n').slice(1, -1);
    const expected = [...centroidsFromListings(exampleListings())].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(rows.map((row) => row.split(',')[1])).toEqual(expected.map(([postcode]) => postcode));
  });
});

describe('importPostcodeCsv and createSqliteGeocoder', () => {
  it('imports an ONSPD-layout file, skips postcodes without a location, and looks postcodes up', async () => {
    const db = join(dir, 'postcodes.sqlite');
    expect(await importPostcodeCsv(FIXTURE, db)).toEqual({ imported: 14, skipped: 1 });
    const geocoder = createSqliteGeocoder(db);
    try {
      expect(await geocoder.lookup('ng11 8aq')).toEqual({ lat: 52.9057, lng: -1.1791 });
      expect(await geocoder.lookup('ZZ99 1ZZ')).toBeUndefined();
      expect(await geocoder.lookup('not one')).toBeUndefined();
    } finally {
      geocoder.close();
    }
  });

  const badFiles: [string, { given: string; want: RegExp }][] = [
    [
      'names the columns it needs when the header lacks them',
      {
        given: 'code,x,y\nBS5 9JB,1,2\n',
        want: /bad\.csv:1:1: the header \(code, x, y\) needs a postcode column/,
      },
    ],
    [
      'points at a postcode that is not one',
      {
        given: 'postcode,latitude,longitude\nBS5 9JB,51.4,-2.5\nnope,51,-2\n',
        want: /bad\.csv:3:1: "nope" is not a UK postcode/,
      },
    ],
    [
      'points at a latitude that is not a number',
      { given: 'pcds,lat,long\nBS5 9JB,north,-2.5\n', want: /bad\.csv:2:2: "north" is not a latitude/ },
    ],
  ];
  it.each(badFiles)('%s, with file:line:column', async (_name, { given, want }) => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, given);
    await expect(importPostcodeCsv(file, join(dir, 'bad.sqlite'))).rejects.toThrow(want);
  });
});

describe('createMemoryGeocoder', () => {
  it('knows the postcodes of the listings it was built from', async () => {
    const geocoder = createMemoryGeocoder(centroidsFromListings(exampleListings()));
    expect([await geocoder.lookup('BS59JB'), await geocoder.lookup('SW1A 1AA')]).toEqual([
      { lat: 51.4606, lng: -2.5566 },
      undefined,
    ]);
  });
});

describe('createPostcodesIoGeocoder', () => {
  let server: Server;
  let baseUrl: string;
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(request.url ?? '');
      const postcode = decodeURIComponent((request.url ?? '').replace('/postcodes/', ''));
      response.setHeader('content-type', 'application/json');
      if (postcode === 'BS5 9JB')
        return response.end(
          JSON.stringify({ status: 200, result: { postcode, latitude: 51.4606, longitude: -2.5566 } }),
        );
      if (postcode === 'EC1A 1BB') return response.writeHead(500).end('{"status":500}');
      response.writeHead(404).end(JSON.stringify({ status: 404, error: 'Postcode not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('asks the service once per postcode and remembers the answer', async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl });
    expect(await geocoder.lookup('bs59jb')).toEqual({ lat: 51.4606, lng: -2.5566 });
    expect(await geocoder.lookup('BS5 9JB')).toEqual({ lat: 51.4606, lng: -2.5566 });
    expect(asked.filter((url) => url === '/postcodes/BS5%209JB')).toHaveLength(1);
  });

  it('answers undefined for a postcode the service does not know', async () => {
    expect(await createPostcodesIoGeocoder({ baseUrl }).lookup('ZZ1 1ZZ')).toBeUndefined();
  });

  it('fails with OY_ERR_SERVER_GEOCODER_FAILED when the service errs', async () => {
    await expect(createPostcodesIoGeocoder({ baseUrl }).lookup('EC1A 1BB')).rejects.toMatchObject({
      code: 'OY_ERR_SERVER_GEOCODER_FAILED',
      statusCode: 502,
    });
  });
});
