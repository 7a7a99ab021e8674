// DELETE /api/sessions: Sign out everywhere. Every session of the signed-in person ends (their
// rows are deleted, so every browser they used is refused from its next request, on every
// instance), then this browser's cookie is removed. For a lost laptop or a shared desk.
import { closeWhenBodyUnread, refuse } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';
import { apiResponseHeaders } from '../servicestack-error.ts';

export const signOutEverywhereRoute: ProxyRoute = {
  method: 'DELETE',
  path: '/api/sessions',
  async answer({ requireSession, sessions, log }, req, res) {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    try {
      await sessions.endEverywhere(identity.userName);
    } catch (error) {
      log(
        `[net3-portal] sign-out everywhere could not end the sessions: ${(error as Error).message}`,
      );
      refuse(
        req,
        res,
        503,
        'DatabaseUnavailable',
        'Your sessions could not be ended (the portal cannot reach its database). You are still signed in everywhere: try Sign out everywhere again in a minute.',
      );
      return;
    }
    res.writeHead(204, {
      ...apiResponseHeaders,
      ...closeWhenBodyUnread(req),
      'set-cookie': sessions.clear(req),
    });
    res.end();
  },
};
