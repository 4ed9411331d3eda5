import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { type AddressAllowance, refusalReason } from './address-policy.ts';
import { AggregatorError } from './errors.ts';

const refused = (host: string, reason: string) =>
  new AggregatorError(
    'OY_ERR_ADDRESS_REFUSED',
    `Refused to connect to ${host}: ${reason}. Allow it in the catalogue's \`allow\` section only if it is meant.`,
  );

/**
 * A DNS lookup that fails when any address a name resolves to is not allowed, so a name that
 * points (or is re-pointed) at an internal address is never connected to.
 */
function guardedLookup(allow: AddressAllowance): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const reason = refusalReason(address, allow);
        if (reason) return callback(refused(hostname, reason), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      return first
        ? callback(null, first.address, first.family)
        : callback(new Error(`${hostname} has no address`), '', 0);
    });
  };
}

/**
 * Fails fast, before any request, when a source's host is not allowed: a refused connection
 * would otherwise look like a network failure and be retried.
 */
export async function assertHostAllowed(url: string, allow: AddressAllowance): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host }] : await lookupAll(host);
  for (const { address } of addresses) {
    const reason = refusalReason(address, allow);
    if (reason) throw refused(host, reason);
  }
}

const lookupAll = (host: string) =>
  new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * An undici dispatcher for harvesting: every connection, including each redirect hop and each
 * `next` page, is checked against the catalogue's allowance after DNS resolution. IP literals
 * skip DNS, so they are checked before connecting.
 */
export function createGuardedAgent(
  allow: AddressAllowance,
  options: { connectTimeout?: number; connectionsPerHost?: number } = {},
): Agent {
  const connector = buildConnector({
    lookup: guardedLookup(allow),
    timeout: options.connectTimeout ?? 10_000,
  });
  return new Agent({
    // Politeness: however many sources share a host, it sees only a couple of connections from us.
    connections: options.connectionsPerHost ?? 2,
    connect(connectOptions, callback) {
      const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host)) {
        const reason = refusalReason(host, allow);
        if (reason) return callback(refused(host, reason), null);
      }
      connector(connectOptions, callback);
    },
  });
}
