/**
 * The address a per-address limit counts: an IPv4 address as it is, an IPv6 address by its /64, since one
 * subscriber's line usually gets a whole /64 and can take any address in it. IPv4-mapped IPv6 counts as IPv4.
 */
import ipaddr from 'ipaddr.js';

export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}
