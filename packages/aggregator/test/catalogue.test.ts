import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../src/index.ts';

describe('parseCatalogue', () => {
  it('reads a YAML catalogue and defaults to public addresses only', () => {
    const catalogue = parseCatalogue(
      'sources:\n  - id: charity\n    url: https://charity.org.uk/feeds/listings\n    format: openyouth\n',
      'hub.yaml',
    );
    expect(catalogue).toEqual({
      sources: [{ id: 'charity', url: 'https://charity.org.uk/feeds/listings', format: 'openyouth' }],
      allow: { loopback: false, private: false },
    });
  });

  it('reads JSON too, with an allowance for loopback', () => {
    const json = JSON.stringify({
      sources: [{ id: 'local', url: 'http://127.0.0.1:8080/feed', format: 'oruk' }],
      allow: { loopback: true },
    });
    expect(parseCatalogue(json, 'hub.json').allow).toEqual({ loopback: true, private: false });
  });

  it('reports a YAML syntax error with file, line and column', () => {
    expect(() => parseCatalogue('sources:\n  - id: [unclosed\n', 'hub.yaml')).toThrow(/^hub\.yaml:\d+:\d+: /);
  });

  it('reports every problem at once, each with where it is and how to fix it', () => {
    const text = 'sources:\n  - id: Charity One\n    url: ftp://x\n    format: csv\n    colour: blue\n';
    let message = '';
    try {
      parseCatalogue(text, 'hub.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('hub.yaml /sources/0/id: must match pattern');
    expect(message).toContain('hub.yaml /sources/0/url: must match pattern');
    expect(message).toContain('hub.yaml /sources/0/format: must be equal to one of the allowed values');
    expect(message).toContain(
      "must NOT have additional properties 'colour' — remove it, or check its spelling",
    );
  });

  it('refuses two sources with the same id', () => {
    const json = JSON.stringify({
      sources: [
        { id: 'a', url: 'https://a.org/f', format: 'openyouth' },
        { id: 'a', url: 'https://b.org/f', format: 'openyouth' },
      ],
    });
    expect(() => parseCatalogue(json, 'hub.json')).toThrow(/repeated: a/);
  });
});
