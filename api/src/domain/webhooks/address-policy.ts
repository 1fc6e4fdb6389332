/**
 * Which addresses webhooks may be sent to (SSRF protection). A URL's host is resolved once, every
 * address it resolves to is checked with ipaddr.js, and the request connects to the checked
 * address (sender.ts), so a second DNS answer cannot point elsewhere (no DNS rebinding). Only
 * public unicast addresses pass: loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast, reserved, unspecified and addresses that embed IPv4 (6to4, Teredo, NAT64…) do not,
 * unless `allowPrivate` (BATON_WEBHOOK_ALLOW_PRIVATE, local development and tests).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** The kind of a refused address ("a loopback address"), or null when Baton may connect to it. */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : `a ${range} address`;
}

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

/**
 * The addresses `hostname` resolves to, all of them allowed (or any, with `allowPrivate`);
 * throws BlockedAddressError naming the first refused one, or the resolver's error.
 */
export async function resolveAllowed(hostname: string, allowPrivate: boolean): Promise<CheckedAddress[]> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const family = isIP(host);
  const addresses: CheckedAddress[] =
    family === 4 || family === 6
      ? [{ address: host, family }]
      : (await lookup(host, { all: true, verbatim: true })).map((a) => ({
          address: a.address,
          family: a.family === 6 ? 6 : 4,
        }));
  if (addresses.length === 0) throw new Error(`${host} has no address`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const problem = addressProblem(address);
      if (!problem) continue;
      throw new BlockedAddressError(
        family ? `Refused: ${host} is ${problem}` : `Refused: ${host} resolves to ${address}, ${problem}`,
      );
    }
  }
  return addresses;
}
