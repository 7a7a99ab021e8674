// A field's hint and error message, in GOV.UK's order (hint, then error), each with the id
// that describedBy() in field-id.ts points the field's aria-describedby at, and a data-part
// by which a row of fields (FieldFrame in a FieldRow) puts each on its own line.
import type { ReactNode } from 'react';
import { errorId, hintId } from './field-id.ts';
import { FieldErrorText } from './field-error-text.tsx';
import { FieldMessage } from './field-message.tsx';

type FieldHintAndErrorProps = { id: string; hint?: ReactNode; error?: string };

export function FieldHintAndError({ id, hint, error }: FieldHintAndErrorProps) {
  return (
    <>
      {hint && (
        <FieldMessage id={hintId(id)} data-part="hint">
          {hint}
        </FieldMessage>
      )}
      {error && (
        <FieldMessage id={errorId(id)} tone="error" data-part="error">
          <FieldErrorText message={error} />
        </FieldMessage>
      )}
    </>
  );
}
