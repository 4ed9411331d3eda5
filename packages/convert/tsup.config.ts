import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // ESM only: @openyouth/validator is ESM only. Node >= 22.12 can require() it all the same.
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node22',
  // Keep 'node:' in imports: node:sqlite has no bare-name alias.
  removeNodeProtocol: false,
});
