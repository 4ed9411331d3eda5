import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedAgent, PUBLIC_ONLY } from '../src/index.ts';

// Only loopback servers: a refused connection must never reach them, and nothing here can leave the machine.
let server: Server;
let port: number;
let connections = 0;

beforeAll(async () => {
  server = createServer((_request, response) => response.end('ok'));
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('createGuardedAgent', () => {
  it('refuses a loopback IP the catalogue does not allow, before any connection is made', async () => {
    const before = connections;
    const attempt = request(`http://127.0.0.1:${port}/feed`, { dispatcher: createGuardedAgent(PUBLIC_ONLY) });
    await expect(attempt).rejects.toMatchObject({ code: 'OY_ERR_ADDRESS_REFUSED' });
    expect(connections).toBe(before);
  });

  it('refuses a name that resolves to loopback, checked after DNS resolution', async () => {
    const before = connections;
    const attempt = request(`http://localhost:${port}/feed`, { dispatcher: createGuardedAgent(PUBLIC_ONLY) });
    await expect(attempt).rejects.toThrow(/Refused to connect to localhost: .* loopback/);
    expect(connections).toBe(before);
  });

  it('opens at most two connections to one host, however many requests are waiting', async () => {
    let open = 0;
    let most = 0;
    const slow = createServer((_request, response) => {
      most = Math.max(most, ++open);
      setTimeout(() => {
        open--;
        response.end('ok');
      }, 30);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const agent = createGuardedAgent({ loopback: true, private: false });
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
    await Promise.all(
      Array.from({ length: 6 }, async () => (await request(url, { dispatcher: agent })).body.text()),
    );
    await new Promise((resolve) => slow.close(resolve));
    expect(most).toBe(2);
  });

  it('connects when the catalogue allows loopback', async () => {
    const agent = createGuardedAgent({ loopback: true, private: false });
    const response = await request(`http://127.0.0.1:${port}/feed`, { dispatcher: agent });
    expect(await response.body.text()).toBe('ok');
    const byName = await request(`http://localhost:${port}/feed`, { dispatcher: agent });
    expect(await byName.body.text()).toBe('ok');
  });
});
