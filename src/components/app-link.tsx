// A link to a page of the portal that opens it without reloading (navigate), as a plain <a>
// for everything else a link does (new tab, copy address, middle click).
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../app/navigation.ts';
import { PortalLink } from '../components/portal-link.tsx';

export function AppLink({ href, children }: { href: string; children: ReactNode }) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <PortalLink href={href} onClick={open}>
      {children}
    </PortalLink>
  );
}
