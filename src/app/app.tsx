// The whole app: providers, the page frame, an error boundary, and the provisioning
// wizard (the only page the portal has).
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './app-providers.tsx';
import { AppShell } from './app-shell.tsx';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { ProvisionCustomerWizard } from '../provisioning/provision-customer-wizard.tsx';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <AppShell>
        <AppErrorBoundary>
          <ProvisionCustomerWizard />
        </AppErrorBoundary>
      </AppShell>
    </AppProviders>
  );
}
