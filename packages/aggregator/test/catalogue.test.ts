import { describe, expect, it } from 'vitest';
import { AggregatorError, parseCatalogue, selectSources } from '../src/index.ts';

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

describe('selectSources', () => {
  const catalogue = parseCatalogue(
    JSON.stringify({
      sources: ['alpha', 'beta', 'gamma'].map((id) => ({
        id,
        url: `https://${id}.org/f`,
        format: 'openyouth',
      })),
      allow: { loopback: true },
    }),
    'hub.json',
  );

  it("keeps only the sources named, in the catalogue's order, with its allowance", () => {
    const selected = selectSources(catalogue, ['gamma', 'alpha', 'gamma'], 'hub.json');
    expect(selected.sources.map((source) => source.id)).toEqual(['alpha', 'gamma']);
    expect(selected.allow).toEqual(catalogue.allow);
  });

  it('refuses an id the catalogue does not have, naming it and the ids it has', () => {
    let error: unknown;
    try {
      selectSources(catalogue, ['beta', 'gama'], 'hub.json');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AggregatorError);
    expect(error).toMatchObject({
      code: 'OY_ERR_UNKNOWN_SOURCE',
      message: "hub.json has no source 'gama'; its sources are alpha, beta, gamma.",
    });
  });

  it("lists at most twenty of a big catalogue's ids", () => {
    const big = {
      ...catalogue,
      sources: Array.from({ length: 25 }, (_, n) => ({
        id: `s${n}`,
        url: 'https://x.org/f',
        format: 'openyouth' as const,
      })),
    };
    expect(() => selectSources(big, ['nope'], 'hub.json')).toThrow(
      /its sources are s0, s1, .*, s19 and 5 more\.$/,
    );
  });
});
