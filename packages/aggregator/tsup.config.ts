import { defineConfig } from 'tsup';

export default defineConfig({
  // The merge thread's script is loaded by path, so it is an entry of its own.
  entry: ['src/index.ts', 'src/merge-worker.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node22',
  // Keep 'node:' in imports: node:sqlite has no bare-name alias.
  removeNodeProtocol: false,
});
