import ipaddr from 'ipaddr.js';
import { AggregatorError } from './errors.ts';

/** Which non-public addresses a catalogue lets the harvester reach: none, by default. */
export interface AddressAllowance {
  loopback: boolean;
  private: boolean;
}

export const PUBLIC_ONLY: AddressAllowance = { loopback: false, private: false };

const PRIVATE_RANGES = new Set(['private', 'uniqueLocal']);

/**
 * Whether the harvester may connect to an IP address. Checked on the address a name resolved
 * to, for every connection, so DNS tricks and redirects cannot reach what the catalogue forbids.
 * Returns the reason when it may not.
 */
export function refusalReason(address: string, allow: AddressAllowance): string | undefined {
  if (!ipaddr.isValid(address)) return `'${address}' is not an IP address`;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  if (range === 'loopback') return allow.loopback ? undefined : `${address} is a loopback address`;
  if (PRIVATE_RANGES.has(range))
    return allow.private ? undefined : `${address} is in a private range (${range})`;
  return `${address} is not a public address (${range})`;
}

/** Only http and https: `file:`, `ftp:`, `data:` and the rest are never fetched. */
export function assertFetchableUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new AggregatorError(
      'OY_ERR_URL_SCHEME',
      `'${url}' is not a URL. Give an http:// or https:// address.`,
      {
        cause: error,
      },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AggregatorError(
      'OY_ERR_URL_SCHEME',
      `'${url}' uses ${parsed.protocol} — only http:// and https:// sources can be harvested.`,
    );
  }
  return parsed;
}
