// The wizard's entries in the browser history: each carries its step (so Back and Forward
// show the right one) or, for the success page, Net3's answer (so a reload or Forward shows
// it again instead of the empty form). writeHistory is the one place that writes them.
import type { WizardStepId } from '../form/form-model.ts';
import { urlForStep } from '../steps/wizard-steps.ts';
import type { WizardSuccess } from '../wizard-audience.ts';
import type { HistoryWrite } from './wizard-state.ts';

type HistoryState = { net3Step?: WizardStepId; net3Success?: WizardSuccess };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The success saved in a history entry's state, or null (another page's state included). */
export function successIn(state: unknown): WizardSuccess | null {
  const saved = (state as HistoryState | null)?.net3Success;
  if (!isPlainObject(saved) || !isPlainObject(saved.result)) return null;
  const email = saved.primaryContactEmail;
  const id = saved.submissionId;
  return {
    result: saved.result,
    primaryContactEmail: typeof email === 'string' ? email : '',
    ...(typeof id === 'string' && id !== '' ? { submissionId: id } : {}),
  };
}

export function writeHistory(write: HistoryWrite): void {
  const [state, url]: [HistoryState, string] =
    'success' in write
      ? [{ net3Success: write.success }, urlForStep('submitted')]
      : [{ net3Step: write.step }, urlForStep(write.step)];
  if (write.mode === 'push') window.history.pushState(state, '', url);
  else window.history.replaceState(state, '', url);
}
