import { Writable } from 'node:stream';
import { issuePublisherKey, publisherKeyId, type Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/index.ts';
import { exampleNamed } from '../helpers/examples.ts';
import { exampleServer, mergedExampleStore, NOW } from '../helpers/server.ts';

const club = exampleNamed('Clifton Youth Club');
const clubPath = `/listings/${encodeURIComponent(club.id)}`;
/** The organisation's own newer version of its harvested listing: the directory shows the newest. */
const renamed = { ...club, name: 'Clifton Youth Club and Café', dateModified: '2026-11-24T11:00:00Z' };

let store: Store;
let app: FastifyInstance;
let key: string;
let logs: string;
beforeEach(async () => {
  store = await mergedExampleStore();
  ({ key } = await issuePublisherKey(store, { organizationId: club.organizer.id, label: 'club', now: NOW }));
  logs = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs += chunk;
      done();
    },
  });
  app = await buildServer({ source: store, now: () => NOW, logger: { level: 'info', stream } });
});
afterEach(async () => {
  await app.close();
  await store.close();
});

const put = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }) =>
  app.inject({ method: 'PUT', url: clubPath, headers, payload: body as object });

describe('PUT /listings/:id', () => {
  it('asks for a key, naming the Bearer scheme, and refuses unknown and revoked keys', async () => {
    const missing = await put(club, {});
    expect([missing.statusCode, missing.headers['www-authenticate']]).toEqual([
      401,
      'Bearer realm="OpenYouth publishing"',
    ]);
    expect(missing.json().detail).toBe('Send your publisher API key as `Authorization: Bearer <key>`.');
    // One character changed: the right shape, the wrong secret.
    const tampered = `${key.slice(0, -5)}${key.at(-5) === 'x' ? 'y' : 'x'}${key.slice(-4)}`;
    const wrong = await put(club, { authorization: `Bearer ${tampered}` });
    expect(wrong.statusCode).toBe(401);
    await store.revokePublisherKey(publisherKeyId(key) as string, NOW.toISOString());
    expect((await put(club)).statusCode).toBe(401);
  });

  it('replaces a harvested listing of its own organisation and answers with the validator notices', async () => {
    const response = await put(renamed);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.id).toBe(club.id);
    expect(body.notices).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: expect.stringMatching(/warning|info/) })]),
    );
    expect((await app.inject(clubPath)).json().name).toBe('Clifton Youth Club and Café');
  });

  it('refuses a listing with validator errors with 422, each error with its pointer and code', async () => {
    const response = await put({ ...club, ageRange: { minAge: 16, maxAge: 11 }, email: 'not an email' });
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.title).toBe('Unprocessable listing');
    expect(problem.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(
      expect.arrayContaining(['/ageRange']),
    );
    for (const error of problem.errors)
      expect(error).toEqual({
        pointer: expect.any(String),
        code: expect.any(String),
        message: expect.any(String),
      });
    expect((await app.inject(clubPath)).json().name).toBe(club.name);
  });

  it('refuses a body whose id is not the one in the path', async () => {
    const response = await put({ ...club, id: 'https://cliftonyouth.org.uk/listings/other' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ pointer: '/id', message: 'The id must match the path.' }]);
  });

  it("refuses with 403 another organisation's listing, and 415 a body that is not JSON", async () => {
    const other = exampleNamed('Worry Less Group');
    const response = await app.inject({
      method: 'PUT',
      url: `/listings/${encodeURIComponent(other.id)}`,
      headers: { authorization: `Bearer ${key}` },
      payload: other,
    });
    expect(response.statusCode).toBe(403);
    const text = await app.inject({
      method: 'PUT',
      url: clubPath,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
  });

  it('answers any JSON body with a 4xx problem or a success, never a server error', async () => {
    const bodies = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      // Listings with one property replaced by anything, including the id and the organizer.
      fc
        .record({ key: fc.constantFrom(...Object.keys(club)), value: fc.jsonValue({ maxDepth: 3 }) })
        .map(({ key: property, value }) => ({ ...club, [property]: value })),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await app.inject({
          method: 'PUT',
          url: clubPath,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect([200, 201, 400, 403, 422]).toContain(response.statusCode);
        if (response.statusCode >= 400) expect(response.json().detail).toEqual(expect.any(String));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('never writes the key to the log', async () => {
    await put(club);
    await put(club, { authorization: `Bearer ${key}x` });
    expect(logs).toContain('"statusCode":401');
    expect(logs).not.toContain(key.slice(12));
  });
});

describe('DELETE /listings/:id', () => {
  it('withdraws only what its organisation wrote through the API', async () => {
    const headers = { authorization: `Bearer ${key}` };
    // Harvested from a feed, not written here: the key's organisation withdraws it at the source.
    expect((await app.inject({ method: 'DELETE', url: clubPath, headers })).statusCode).toBe(404);
    expect((await put(renamed)).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: clubPath, headers })).statusCode).toBe(204);
    // The harvested version of the same listing is still there.
    expect((await app.inject(clubPath)).json().name).toBe(club.name);
  });
});

describe('a server over a fixed list of listings', () => {
  it('is read-only: writes get 405', async () => {
    const readOnly = await exampleServer();
    try {
      const response = await readOnly.inject({ method: 'PUT', url: clubPath, payload: club as Listing });
      expect(response.statusCode).toBe(405);
      expect(response.json().detail).toMatch(/does not accept listings/);
    } finally {
      await readOnly.close();
    }
  });
});
