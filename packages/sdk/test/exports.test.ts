import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.ts';

describe('the public API', () => {
  it('exports exactly these names, so a change to the API is deliberate', () => {
    expect(Object.keys(sdk).sort()).toMatchSnapshot();
  });

  it('reports the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(sdk.SDK_VERSION).toBe(pkg.version);
  });
});
