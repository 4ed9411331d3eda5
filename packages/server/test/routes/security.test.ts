import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleServer } from '../helpers/server.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await exampleServer({ rateLimit: false });
});
afterAll(() => app.close());

const NAMES = [
  'postcode',
  'lat',
  'lng',
  'radiusKm',
  'age',
  'category',
  'need',
  'day',
  'startsAfter',
  'endsBefore',
  'free',
  'selfReferral',
  'accessibility',
  'attendanceMode',
  'capacityStatus',
  'q',
  'sort',
  'page',
  'limit',
  'x',
  '__proto__',
  'constructor',
];
const values = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'music',
    'Monday',
    '16:30',
    'true',
    'BS5 9JB',
    '-1',
    '1e308',
    'NaN',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '%',
    '%00',
    ',',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

describe('GET /listings with any query', () => {
  it('answers 200 with results or 400 with a Problem, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...NAMES), values), { maxLength: 6 }),
        async (pairs) => {
          const query = pairs
            .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
            .join('&');
          const response = await app.inject(`/listings?${query}`);
          expect([200, 400]).toContain(response.statusCode);
          if (response.statusCode === 400) {
            const problem = response.json();
            expect(problem).toMatchObject({ status: 400, title: 'Bad request' });
            expect(problem.errors.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never echoes markup from the query into the directory page unescaped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('postcode', 'age', 'q', 'category', 'saved'),
        fc.string(),
        async (name, text) => {
          const payload = `<b id="x">${text}</b>`;
          const response = await app.inject(`/directory?${name}=${encodeURIComponent(payload)}`);
          expect([200, 400]).toContain(response.statusCode);
          expect(response.body).not.toContain('<b id="x">');
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('security', () => {
  it('sends security headers and allows any origin to read the API', async () => {
    const response = await app.inject({ url: '/listings', headers: { origin: 'https://example.org' } });
    expect({
      cors: response.headers['access-control-allow-origin'],
      csp: response.headers['content-security-policy'],
      nosniff: response.headers['x-content-type-options'],
    }).toEqual({ cors: '*', csp: expect.stringContaining("script-src 'self'"), nosniff: 'nosniff' });
  });

  it('refuses a body larger than the limit with a Problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/listings',
      payload: 'x'.repeat(70 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().title).toBe('Request body too large');
  });

  it('answers 429 with a Problem and Retry-After once an address goes over the limit', async () => {
    const limited = await exampleServer({ rateLimit: { max: 2, timeWindow: 60_000 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.inject('/vocab')).statusCode);
    const last = await limited.inject('/vocab');
    await limited.close();
    expect(statuses).toEqual([200, 200, 429]);
    expect(last.headers['retry-after']).toBeDefined();
    expect(last.json()).toMatchObject({ status: 429, title: 'Too many requests' });
  });
});

describe('a real listening server', () => {
  it('answers a search over HTTP on 127.0.0.1', async () => {
    const server = await exampleServer();
    const address = await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(`${address}/listings?lat=51.4606&lng=-2.5566&radiusKm=1`);
      const body = (await response.json()) as { items: { listing: { name: string } }[] };
      expect([response.status, body.items.map((item) => item.listing.name)]).toEqual([
        200,
        ['Brave Steps: a six-week confidence course', 'Worry Less Group', 'Paint the Town', 'Prism Online'],
      ]);
    } finally {
      await server.close();
    }
  });
});
