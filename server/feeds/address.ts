// Which network addresses a feed may be fetched from: public ones only. A feed URL is
// typed in by a coordinator, so without this check the server could be made to read its
// own admin ports, the cloud's metadata service or the village hall's router (SSRF).
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
// IPv4: "this network", private (RFC 1918), CGNAT (RFC 6598), loopback, link-local,
// IETF protocol assignments, documentation, benchmarking, multicast, reserved, broadcast.
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
// IPv6: unspecified, loopback, discard, ULA (fc00::/7), link-local, site-local (old),
// multicast, documentation, local-use NAT64 (its IPv4 address may sit anywhere) and
// Teredo (its IPv4 address is scrambled). The forms that wrap an IPv4 address at a fixed
// place (compatible, mapped, translated, NAT64, 6to4) are checked by that address below.
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['100::', 64], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  ['2001:db8::', 32], ['64:ff9b:1::', 48], ['2001::', 32],
] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address, however it is written (dots, hex, '::', a zone). */
function groupsOf(address: string): number[] | undefined {
  let host: string;
  try {
    // The URL parser writes every IPv6 address one way: lower-case hex, no dots, '::' once.
    host = new URL(`http://[${address.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const [head = '', tail] = host.split('::');
  const part = (text: string) => (text ? text.split(':').map((g) => parseInt(g, 16)) : []);
  const h = part(head);
  const t = part(tail ?? '');
  return tail === undefined ? h : [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
}

const dotted = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * The IPv4 address an IPv6 address stands for: IPv4-compatible (::a.b.c.d), IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-translated (SIIT, ::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d)
 * and 6to4 (2002:aabb:ccdd::), whether written with dots or in hex.
 */
function embeddedIpv4(address: string): string | undefined {
  const g = groupsOf(address);
  if (!g || g.length !== 8) return undefined;
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && (g[5] === 0 || g[5] === 0xffff)) return dotted(g[6]!, g[7]!);
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return dotted(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return dotted(g[6]!, g[7]!);
  if (g[0] === 0x2002) return dotted(g[1]!, g[2]!);
  return undefined;
}

/** True for an address on the public internet; false for private, loopback and the like (and for what is no address). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const bare = address.replace(/%.*$/, '');
  if (blocked.check(bare, 'ipv6')) return false;
  const v4 = embeddedIpv4(bare);
  return v4 === undefined || !blocked.check(v4, 'ipv4');
}
