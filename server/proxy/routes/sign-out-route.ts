// DELETE /api/session: signing out. The sealed cookie is the whole session (there is no store
// to update), so removing it from the browser ends it.
import { closeWhenBodyUnread } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';
import { apiResponseHeaders } from '../servicestack-error.ts';

export const signOutRoute: ProxyRoute = {
  method: 'DELETE',
  path: '/api/session',
  answer({ sessions }, req, res) {
    res.writeHead(204, {
      ...apiResponseHeaders,
      ...closeWhenBodyUnread(req),
      'set-cookie': sessions.clear(req),
    });
    res.end();
  },
};
