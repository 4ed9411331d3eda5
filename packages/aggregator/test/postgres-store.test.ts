import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, harvestCatalogue, rpdeReader } from '../src/index.ts';
import { findPostgresBinaries, type PostgresServer, startPostgres } from './helpers/postgres-server.ts';
import { storeContract } from './store-contract.ts';

const bin = await findPostgresBinaries();
// CI installs PostgreSQL (.ci/run), so there a missing server is a failure, not a skip.
const skip = !bin && !process.env.CI;

describe.skipIf(skip)(
  `the PostgreSQL store${skip ? ' (skipped: PostgreSQL is not installed here)' : ''}`,
  () => {
    let server: PostgresServer;
    let database = 0;

    beforeAll(async () => {
      if (!bin) throw new Error('PostgreSQL is not installed: run `apt-get install postgresql`.');
      server = await startPostgres(bin);
    }, 60_000);
    afterAll(async () => server?.stop());

    // Each test gets its own database on the one server, so tests never see each other's rows.
    storeContract(async () => {
      const name = `contract_${++database}`;
      const admin = await import('pg').then(({ default: pg }) => new pg.Client(server.url));
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return createStore(server.url.replace(/\/postgres$/, `/${name}`));
    });
  },
);
