// Last line of defence: if rendering throws, show a calm message and a way to reload
// instead of a blank page. The draft is saved as the person types, so a reload
// brings their answers back. `quiet` is for a part the page can do without (the duplicate
// warning, the staff draft note, the Start over dialog): if it fails, typically because its
// code could not be fetched while offline, it shows nothing and the page carries on.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PortalAlert } from '../components/portal-alert.tsx';
import { PortalButton } from '../components/portal-button.tsx';

type Props = { children: ReactNode; quiet?: boolean };
type State = { error: Error | null };

export class AppErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The portal hit an unexpected error', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    if (this.props.quiet) return null;
    return (
      <PortalAlert
        severity="error"
        action={
          <PortalButton color="inherit" onClick={() => window.location.reload()}>
            Reload
          </PortalButton>
        }
        title="Something went wrong"
      >
        The page hit an unexpected problem. Reload to continue: your answers are saved as a draft in
        this browser tab.
      </PortalAlert>
    );
  }
}
