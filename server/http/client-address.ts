// The client's network address, for everything that counts per client: the write limit
// (rate-limit.ts) and the login throttle (server/accounts/sessions.ts). One function, so
// both honour TRUST_PROXY alike: behind a proxy every request comes from the proxy's socket.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isIP } from 'node:net';

/**
 * The client's address: the socket's peer, or with `trustProxy` hops the address the
 * outermost trusted proxy saw (counted from the right of X-Forwarded-For, since a client
 * can write anything on the left). IPv6 addresses count per /64, the block one household
 * gets. Requests without a socket (in-process tests) share the address 'local'.
 */
export function clientAddress(c: Context, trustProxy = 0): string {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    address = undefined;
  }
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((a) => a.trim());
    const seen = hops.length >= trustProxy ? hops[hops.length - trustProxy] : undefined;
    if (seen && isIP(seen)) address = seen;
  }
  return address ? addressBlock(address) : 'local';
}

/** An address as the client it stands for: IPv4 as it is, IPv6 by its /64 block. */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
