import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertFetchableUrl, PUBLIC_ONLY, refusalReason } from '../src/index.ts';

const LOOPBACK_ALLOWED = { loopback: true, private: false };

describe('refusalReason', () => {
  it.each<[string, { allow: typeof PUBLIC_ONLY; refused: boolean }]>([
    ['8.8.8.8', { allow: PUBLIC_ONLY, refused: false }],
    ['2a00:1450:4009:81f::200e', { allow: PUBLIC_ONLY, refused: false }],
    ['127.0.0.1', { allow: PUBLIC_ONLY, refused: true }],
    ['127.0.0.1', { allow: LOOPBACK_ALLOWED, refused: false }],
    ['::1', { allow: PUBLIC_ONLY, refused: true }],
    ['::ffff:127.0.0.1', { allow: PUBLIC_ONLY, refused: true }],
    ['10.1.2.3', { allow: LOOPBACK_ALLOWED, refused: true }],
    ['172.16.0.1', { allow: PUBLIC_ONLY, refused: true }],
    ['192.168.1.1', { allow: { loopback: false, private: true }, refused: false }],
    ['fd00::1', { allow: PUBLIC_ONLY, refused: true }],
    ['169.254.169.254', { allow: { loopback: true, private: true }, refused: true }],
    ['fe80::1', { allow: { loopback: true, private: true }, refused: true }],
    ['0.0.0.0', { allow: { loopback: true, private: true }, refused: true }],
    ['100.64.0.1', { allow: PUBLIC_ONLY, refused: true }],
    ['224.0.0.1', { allow: PUBLIC_ONLY, refused: true }],
    ['not-an-address', { allow: PUBLIC_ONLY, refused: true }],
  ])('%s with %o is refused: %s', (address, { allow, refused }) => {
    expect(refusalReason(address, allow) !== undefined).toBe(refused);
  });

  it('never allows a link-local, unspecified or multicast IPv4 address, whatever the catalogue says', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.boolean(), fc.boolean(), (address, loopback, privateRanges) => {
        const reason = refusalReason(address, { loopback, private: privateRanges });
        if (/^(169\.254|0\.|22[4-9]\.|23[0-9]\.)/.test(address)) expect(reason).toBeDefined();
      }),
    );
  });
});

describe('assertFetchableUrl', () => {
  it.each(['file:///etc/passwd', 'ftp://example.org/feed', 'javascript:alert(1)', 'not a url'])(
    'refuses %s with a message saying only http and https are harvested',
    (url) => {
      expect(() => assertFetchableUrl(url)).toThrow(/http:\/\/|https:\/\//);
    },
  );

  it('accepts http and https', () => {
    expect(assertFetchableUrl('https://example.org/feed').hostname).toBe('example.org');
  });
});
