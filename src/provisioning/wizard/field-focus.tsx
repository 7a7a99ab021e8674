// Moves focus to the field that "Change" on Review was pressed for ("Change Email for Contact
// 2"), once its step is on screen. It renders inside the same Suspense boundary as the lazily
// loaded steps, so its effect runs only when the step's inputs exist. It finds the field as
// the error summary does (react-hook-form's setFocus, then the input with the field's id) and
// falls back to the step heading, so focus is never lost.
import { useEffect, type RefObject } from 'react';
import type { FieldPath, UseFormSetFocus } from 'react-hook-form';
import { fieldId } from '../../components/field-id.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import type { WizardState } from './wizard-state.ts';

type FieldFocusProps = {
  focus: WizardState['focus'];
  setFocus: UseFormSetFocus<ProvisionCustomerForm>;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

export function FieldFocus({ focus, setFocus, headingRef }: FieldFocusProps) {
  // Once per request (its number), as the wizard's other focus moves: React can remake the
  // request's object when it applies an update again, and a second move would take focus
  // from wherever the person has gone since.
  const path = focus?.target === 'field' ? focus.field : undefined;
  const focusKey = focus?.key;
  useEffect(() => {
    if (path === undefined || focusKey === undefined) return;
    setFocus(path as FieldPath<ProvisionCustomerForm>);
    const target = document.getElementById(fieldId(path));
    if (target && document.activeElement !== target) target.focus();
    if (target) target.scrollIntoView?.({ block: 'center' });
    else if (document.activeElement === document.body) headingRef.current?.focus();
  }, [path, focusKey, setFocus, headingRef]);
  return null;
}
