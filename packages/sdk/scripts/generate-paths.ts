// Generates src/generated/paths.d.ts from the OpenAPI document with openapi-typescript.
// Run: pnpm --filter @openyouth/sdk generate   (a test fails when the committed file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const OPENAPI_PATH = new URL('../../../spec/0.1/openapi.json', import.meta.url);
export const PATHS_FILE = new URL('../src/generated/paths.d.ts', import.meta.url);

const HEADER = `// Generated from spec/0.1/openapi.json by packages/sdk/scripts/generate-paths.ts (openapi-typescript).
// Do not edit: run \`pnpm --filter @openyouth/sdk generate\`.
`;

/** The text paths.d.ts should hold for the current OpenAPI document. */
export async function generatePaths(): Promise<string> {
  const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PATHS_FILE, await generatePaths());
  process.stdout.write(`wrote ${fileURLToPath(PATHS_FILE)}\n`);
}
