import { defineConfig } from 'tsup';

export default defineConfig({
  // The threads' scripts are loaded by path, so each is an entry of its own.
  entry: ['src/index.ts', 'src/merge-worker.ts', 'src/harvest-worker.ts', 'src/checkpoint-worker.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node22',
  // Keep 'node:' in imports: node:sqlite has no bare-name alias.
  removeNodeProtocol: false,
});
