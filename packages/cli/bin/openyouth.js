#!/usr/bin/env node
// Checked before anything else loads: on an older Node.js, `harvest` and `serve` would stop with
// "No such built-in module: node:sqlite", which says nothing about what to do.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    `openyouth needs Node.js 22.19 or later; this is Node.js ${process.versions.node}. Install a current release from https://nodejs.org and run it again.`,
  );
  process.exit(2);
}
const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv);
