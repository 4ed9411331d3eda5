import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/main.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node22',
  // Keep 'node:' in imports: node:sqlite has no bare-name alias.
  removeNodeProtocol: false,
});
