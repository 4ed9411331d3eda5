import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleServer } from '../helpers/server.ts';

const specFile = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../spec/0.1/openapi.json'), 'utf8'),
);

let app: FastifyInstance;
beforeAll(async () => {
  app = await exampleServer();
});
afterAll(() => app.close());

const operations = (document: {
  paths: Record<string, Record<string, { operationId: string; parameters?: unknown[] }>>;
}) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

describe('the served OpenAPI document', () => {
  it('has the same paths, operations and parameters as spec/0.1/openapi.json', async () => {
    const served = (await app.inject('/openapi.json')).json();
    const summary = (document: typeof specFile) =>
      operations(document).map(({ path, method, operation }) => [
        path,
        method,
        operation.operationId,
        operation.parameters ?? [],
      ]);
    expect(summary(served)).toEqual(summary(specFile));
    expect(served.components).toEqual(specFile.components);
  });

  it('is backed by a route for every operation it describes', () => {
    const missing = operations(specFile)
      .map(({ path, method }) => ({ method: method.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1') }))
      .filter(({ method, url }) => !app.hasRoute({ method, url }));
    expect(missing).toEqual([]);
  });

  it('serves interactive documentation at /docs from its own files', async () => {
    const page = await app.inject('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
    const script = await app.inject('/docs/static/swagger-ui-bundle.js');
    expect(script.statusCode).toBe(200);
  });
});
