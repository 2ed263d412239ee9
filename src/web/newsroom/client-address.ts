import type { Context } from 'hono';
import type { NewsroomEnv } from './newsroom-env.ts';

/**
 * The address a request came from, for throttling sign-ins and reading
 * beacons and for the session record. Without `trustProxy` the socket's
 * peer; with it, the last X-Forwarded-For entry, which the proxy itself
 * appended (earlier entries are whatever the client claimed). IPv4
 * addresses that Node reports in IPv6 form (`::ffff:127.0.0.1`) are written
 * plainly.
 */
export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return plain(forwarded);
  }
  const socketAddress = (c.env as Partial<NewsroomEnv['Bindings']> | undefined)?.incoming?.socket.remoteAddress;
  return socketAddress ? plain(socketAddress) : 'unbekannt';
}

function plain(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1').toLowerCase();
}
