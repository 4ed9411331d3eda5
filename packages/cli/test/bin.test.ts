import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/openyouth.js', import.meta.url));
// Node.js as an older release reports itself, before the bin runs.
const claimVersion = (version: string) =>
  `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;

const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });

describe('the openyouth command', () => {
  it('says which Node.js it needs, and exits 2, on one too old for it', () => {
    for (const version of ['20.20.2', '22.18.0']) {
      const { status, stderr, stdout } = run(['--import', claimVersion(version), bin, '--version']);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `openyouth needs Node.js 22.19 or later; this is Node.js ${version}. Install a current release from https://nodejs.org and run it again.\n`,
      );
    }
  });

  it('runs on Node.js 22.19 and later', () => {
    for (const version of ['22.19.0', '23.0.0', process.versions.node]) {
      const { status, stdout } = run(['--import', claimVersion(version), bin, '--version']);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^\d+\.\d+/);
    }
  });
});
