// Saves the wizard's draft as the person types: each change (re)starts a short timer
// (DRAFT_SAVE_DELAY_MS) and the whole form is saved when it fires, or at once when the page
// is being hidden. Subscribes with form.subscribe, so typing re-renders nothing.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DRAFT_SAVE_DELAY_MS, saveDraft } from '../form/draft-storage.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';

export type DraftAutosave = {
  /**
   * Drops a save waiting for its timer, and stops saving the step alone until the next
   * change: after "Start over" or a successful submit the draft stays cleared.
   */
  discard: () => void;
};

export function useDraftAutosave(
  form: UseFormReturn<ProvisionCustomerForm>,
  step: WizardStepId,
  enabled: boolean,
  hadDraft: boolean,
): DraftAutosave {
  const stepRef = useRef(step);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // True once there is a draft worth keeping the step of.
  const hasDraft = useRef(hadDraft);

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    hasDraft.current = false;
  }, []);

  // The step is part of the draft: save it as soon as it changes.
  useEffect(() => {
    stepRef.current = step;
    if (enabled && hasDraft.current) {
      clearTimeout(timer.current);
      timer.current = undefined;
      saveDraft(form.getValues(), step);
    }
  }, [form, step, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const save = () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      hasDraft.current = saveDraft(form.getValues(), stepRef.current);
    };
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer.current);
        timer.current = setTimeout(save, DRAFT_SAVE_DELAY_MS);
      },
    });
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      // Not flushed: saving stops after a successful submit, and a pending save of the
      // submitted answers must not bring the draft back.
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [form, enabled]);

  return useMemo(() => ({ discard }), [discard]);
}
