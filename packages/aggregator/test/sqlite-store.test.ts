import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/index.ts';
import { storeContract } from './store-contract.ts';

const freshPath = async () => join(await mkdtemp(join(tmpdir(), 'openyouth-store-')), 'store.db');

describe('the embedded SQLite store', () => {
  storeContract(async () => createStore(await freshPath()));

  it('keeps what was committed when it is opened again', async () => {
    const path = await freshPath();
    const first = await createStore(path);
    await first.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
    await first.applyPage('charity', {
      items: [{ itemId: 'a', state: 'deleted', modified: '5' }],
      position: 'p1',
      fetchedAt: '2026-11-24T10:00:00Z',
    });
    await first.close();
    const second = await createStore(path);
    expect((await second.getSource('charity'))?.position).toBe('p1');
    expect((await second.changesSince(0, 10)).map((item) => item.seq)).toEqual([1]);
    await second.close();
  });
});
