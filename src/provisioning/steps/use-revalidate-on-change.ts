// Re-validates as the person types, but only in parts of the form whose errors have been
// shown (after a failed Next, a submit, or server errors). Before that nothing is checked
// while typing or on blur. react-hook-form's own reValidateMode only starts after
// handleSubmit, which step-by-step validation with trigger() never calls, so this hook does
// the same job: on each change it re-checks the changed field, every field of that part
// that currently shows an error (so cross-field rules such as "each contact needs a
// different email" clear on both contacts), and the list-level rule.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { formProblems } from './form-error-paths.ts';

type Section = keyof ProvisionCustomerForm;
type FormPath = FieldPath<ProvisionCustomerForm>;

const listSections: readonly Section[] = ['addresses', 'contacts'];

export type RevealedSections = {
  /** Start re-validating this part of the form as it changes. */
  reveal: (section: Section) => void;
  /** Stop, e.g. after "Start over". */
  hideAll: () => void;
};

export function useRevalidateOnChange(
  form: UseFormReturn<ProvisionCustomerForm>,
): RevealedSections {
  const revealed = useRef(new Set<Section>());

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ name, errors }) => {
        if (!name) return;
        const section = name.split('.')[0] as Section;
        if (!revealed.current.has(section)) return;
        const names = new Set<string>();
        // An append/remove reports the list's own name: re-check only the list rule, so a
        // new blank item does not light up red before the person has touched it.
        if (name !== section) names.add(name);
        // `errors` from the callback, not form.formState: reading the proxy would make the
        // whole wizard re-render on every error change.
        for (const problem of formProblems(errors ?? {}, section)) names.add(problem.path);
        if (listSections.includes(section)) names.add(`${section}.root`);
        if (names.size > 0) void form.trigger([...names] as FormPath[]);
      },
    });
  }, [form]);

  const reveal = useCallback((section: Section) => {
    revealed.current.add(section);
  }, []);
  const hideAll = useCallback(() => revealed.current.clear(), []);
  return useMemo(() => ({ reveal, hideAll }), [reveal, hideAll]);
}
