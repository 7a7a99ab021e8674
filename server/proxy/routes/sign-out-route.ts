// DELETE /api/session: signing out. The session's row is deleted, so every copy of the cookie
// is refused from now on, on every instance; then the browser's cookie is removed.
import { closeWhenBodyUnread, refuse } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';
import { apiResponseHeaders } from '../servicestack-error.ts';

export const signOutRoute: ProxyRoute = {
  method: 'DELETE',
  path: '/api/session',
  async answer({ sessions, log }, req, res) {
    let cleared: string;
    try {
      cleared = await sessions.end(req);
    } catch (error) {
      // This browser is signed out all the same; only copies elsewhere outlive it, so say so.
      log(`[net3-portal] sign-out could not end the session's row: ${(error as Error).message}`);
      refuse(
        req,
        res,
        503,
        'DatabaseUnavailable',
        'You are signed out in this browser, but the portal could not end your session everywhere (its database cannot be reached). Sign out again in a minute if you used the portal elsewhere.',
        { 'set-cookie': sessions.clear(req) },
      );
      return;
    }
    res.writeHead(204, {
      ...apiResponseHeaders,
      ...closeWhenBodyUnread(req),
      'set-cookie': cleared,
    });
    res.end();
  },
};
