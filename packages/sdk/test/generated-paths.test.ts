import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePaths, PATHS_FILE } from '../scripts/generate-paths.ts';

describe('src/generated/paths.d.ts', () => {
  it('matches what openapi-typescript generates from spec/0.1/openapi.json (run `pnpm --filter @openyouth/sdk generate`)', async () => {
    expect(readFileSync(PATHS_FILE, 'utf8')).toBe(await generatePaths());
  });

  it('describes every path of the OpenAPI document', async () => {
    const document = JSON.parse(
      readFileSync(new URL('../../../spec/0.1/openapi.json', import.meta.url), 'utf8'),
    ) as {
      paths: Record<string, unknown>;
    };
    const generated = readFileSync(PATHS_FILE, 'utf8');
    for (const path of Object.keys(document.paths)) expect(generated).toContain(`"${path}": {`);
  });
});
