// Any path the portal has no page for (the server answers index.html for every unknown
// GET, so the app says so itself) with links to the pages it does have.
import { useEffect } from 'react';
import { PortalLink } from '../components/portal-link.tsx';
import { Panel } from '../components/panel.tsx';
import Typography from '@mui/material/Typography';
import { PORTAL_NAME } from '../provisioning/steps/wizard-steps.ts';

export function NotFoundPage() {
  useEffect(() => {
    document.title = `Page not found – ${PORTAL_NAME}`;
  }, []);
  return (
    <Panel>
      <Typography variant="h2" sx={{ mb: 2 }}>
        Page not found
      </Typography>
      <Typography sx={{ mb: 1 }}>
        There is no page at this address. Check it, or go to one of these:
      </Typography>
      <Typography component="ul" sx={{ m: 0, pl: 3 }}>
        <li>
          <PortalLink href="/">Onboard a customer</PortalLink> (Net3 staff)
        </li>
        <li>
          <PortalLink href="/signup">Sign up as a reseller</PortalLink>
        </li>
      </Typography>
    </Panel>
  );
}
