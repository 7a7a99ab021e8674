// "Start over": asks first (the dialog is loaded on demand), because it clears every answer
// on every step and the saved draft, which cannot be undone.
import { Suspense, useState } from 'react';
import { AppErrorBoundary } from '../../app/app-error-boundary.tsx';
import { PortalButton } from '../../components/portal-button.tsx';
import { LazyConfirmDialog } from '../steps/lazy-steps.ts';

type StartOverButtonProps = {
  disabled: boolean;
  /** The person confirmed: clear everything. */
  onStartOver: () => void;
};

export function StartOverButton({ disabled, onStartOver }: StartOverButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <PortalButton variant="text" onClick={() => setAsking(true)} disabled={disabled}>
        Start over
      </PortalButton>
      {asking && (
        <AppErrorBoundary quiet>
          <Suspense fallback={null}>
            <LazyConfirmDialog
              open
              title="Start over?"
              confirmLabel="Clear all answers"
              destructive
              onCancel={() => setAsking(false)}
              onConfirm={() => {
                setAsking(false);
                onStartOver();
              }}
            >
              This clears every answer on every step, including the saved draft. It cannot be
              undone.
            </LazyConfirmDialog>
          </Suspense>
        </AppErrorBoundary>
      )}
    </>
  );
}
