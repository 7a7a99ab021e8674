// Where the duplicate warning goes on the Company step. The only static part of the warning:
// it watches whether any of the four answers it compares holds anything (a derived boolean,
// so typing does not re-render it), and only then shows the check itself (duplicate-check.tsx:
// the debounce, the request, the words), which the first step's JavaScript must not carry: it
// comes with the Review step's chunk, fetched once the first step is on screen.
import { Suspense } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { AppErrorBoundary } from '../../app/app-error-boundary.tsx';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { LazyDuplicateCheck } from '../steps/lazy-steps.ts';
import { duplicateCheckFields } from './duplicate-fields.ts';

export function DuplicateWarningSlot({ control }: { control: Control<ProvisionCustomerForm> }) {
  // Spaces count as typed here; the check itself asks nothing for them.
  const typed = useWatch({
    control,
    name: duplicateCheckFields,
    compute: (values) => values.some(Boolean),
  });
  return (
    typed && (
      // Without its code (offline before it came) the step carries on without the warning.
      <AppErrorBoundary quiet>
        <Suspense fallback={null}>
          <LazyDuplicateCheck control={control} />
        </Suspense>
      </AppErrorBoundary>
    )
  );
}
