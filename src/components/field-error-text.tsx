// An inline error message as screen readers should hear it: "Error: Enter a city".
// The same words appear in the error summary.
import { VisuallyHidden } from './visually-hidden.tsx';

export function FieldErrorText({ message }: { message: string }) {
  return (
    <>
      <VisuallyHidden>Error:</VisuallyHidden> {message}
    </>
  );
}
