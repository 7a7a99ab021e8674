// Saves the wizard's draft as the person types: each change (re)starts a short timer
// (DRAFT_SAVE_DELAY_MS) and the whole form is saved when it fires, or at once when the page
// is being hidden. Subscribes with form.subscribe, so typing re-renders nothing.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DRAFT_SAVE_DELAY_MS, DRAFT_STORAGE_KEY, saveDraft } from '../form/draft-storage.ts';
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
  draftKey: string = DRAFT_STORAGE_KEY,
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
      saveDraft(form.getValues(), step, draftKey);
    }
  }, [form, step, enabled, draftKey]);

  // Leaving the page in the app (sign out, a session that ended) unmounts the wizard: the
  // last keystrokes still waiting for their timer are saved, not dropped. After a submit or
  // "Start over" nothing is waiting (discard, or the effect below, cleared the timer).
  // Declared before that effect: on unmount cleanups run in order, and its cleanup drops
  // the timer.
  useEffect(() => {
    const saveWaiting = () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      saveDraft(form.getValues(), stepRef.current, draftKey);
    };
    return saveWaiting;
  }, [form, draftKey]);

  useEffect(() => {
    if (!enabled) return;
    const save = () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      hasDraft.current = saveDraft(form.getValues(), stepRef.current, draftKey);
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
  }, [form, enabled, draftKey]);

  return useMemo(() => ({ discard }), [discard]);
}
