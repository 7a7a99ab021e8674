// GET /api/auth: who is signed in, answered from the portal's session cookie alone (Net3 is not
// asked), in the shape of ServiceStack's AuthenticateResponse; 401 without a session.
import { authenticateResponseOf } from '../../session/staff-identity.ts';
import type { ProxyRoute } from '../route-context.ts';
import { sendJson } from '../servicestack-error.ts';

export const currentSessionRoute: ProxyRoute = {
  method: 'GET',
  path: '/api/auth',
  async answer({ requireSession }, req, res) {
    const identity = await requireSession(req, res);
    if (identity === null) return;
    sendJson(res, 200, authenticateResponseOf(identity));
  },
};
