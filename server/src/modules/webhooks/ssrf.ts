import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses a webhook must not reach by default: the machine itself, private networks, link-local (cloud metadata
 * at 169.254.169.254), carrier-grade NAT, multicast and reserved ranges. `allowLoopback` (tests, development) lets
 * only the loopback ranges through, never the others.
 */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export interface AddressPolicy {
  allowLoopback: boolean;
}

/** Whether a resolved address may be connected to. IPv4-mapped IPv6 addresses are judged as IPv4. */
export function addressAllowed(address: string, policy: AddressPolicy): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (isIP(ip) === 0) return false;
  if (LOOPBACK.check(ip, family)) return policy.allowLoopback;
  return !PRIVATE.check(ip, family);
}

/** Why a webhook URL is refused before any lookup, or null: http(s) only, with a host and no credentials. */
export function urlProblem(raw: string, policy: AddressPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Must be an absolute http or https address.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https addresses are allowed.';
  if (!url.hostname || url.username || url.password) return 'Give a host, without a user name or password.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !addressAllowed(host, policy)) return 'Private, loopback and link-local addresses are refused.';
  if (/^localhost$|\.localhost$/i.test(host) && !policy.allowLoopback) {
    return 'Private, loopback and link-local addresses are refused.';
  }
  return null;
}

export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

/**
 * A `lookup` for node:http that resolves as usual and refuses to connect when any address is not allowed: the
 * check runs when the connection is made, so a name that resolves differently later (DNS rebinding) is still held.
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses;
      const refused = list.find((a) => !addressAllowed(a.address, policy));
      if (refused || list.length === 0) {
        return callback(new RefusedAddressError(`Refused to connect to ${refused?.address ?? hostname}.`), '', 0);
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
