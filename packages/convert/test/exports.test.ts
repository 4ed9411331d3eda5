import * as convert from '@openyouth/convert';
import { describe, expect, it } from 'vitest';

describe('the public API', () => {
  it('exports exactly these names, so a change to the API is deliberate', () => {
    expect(Object.keys(convert).sort()).toMatchSnapshot();
  });
});
