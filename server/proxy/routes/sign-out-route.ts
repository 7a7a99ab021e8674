// DELETE /api/session: signing out. The session's row is deleted, so every copy of the cookie
// is refused from now on, on every instance; then the browser's cookie is removed.
import { closeWhenBodyUnread } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';
import { apiResponseHeaders } from '../servicestack-error.ts';

export const signOutRoute: ProxyRoute = {
  method: 'DELETE',
  path: '/api/session',
  async answer({ sessions }, req, res) {
    const cleared = await sessions.end(req);
    res.writeHead(204, {
      ...apiResponseHeaders,
      ...closeWhenBodyUnread(req),
      'set-cookie': cleared,
    });
    res.end();
  },
};
