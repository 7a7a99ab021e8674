// The wizard's entries in the browser history: each carries its step (so Back and Forward
// show the right one) or, for the success page, Net3's answer and what was sent (so a reload
// or Forward shows it again instead of the empty form). writeHistory is the one place that writes them.
import type { WizardStepId } from '../form/form-model.ts';
import { urlForStep } from '../steps/wizard-steps.ts';
import type { SentGroup, SentSummary } from '../audience/wizard-success.ts';
import type { WizardSuccess } from '../wizard-audience.ts';
import type { HistoryWrite } from './wizard-state.ts';

type HistoryState = { net3Step?: WizardStepId; net3Success?: WizardSuccess };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isListOf<T>(value: unknown, isItem: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every(isItem);
}

const isSentRow = (value: unknown): value is SentGroup['rows'][number] =>
  isPlainObject(value) && isText(value.label) && isText(value.value);

const isSentGroup = (value: unknown): value is SentGroup =>
  isPlainObject(value) && isText(value.heading) && isListOf(value.rows, isSentRow);

const isSentSection = (value: unknown): value is SentSummary['sections'][number] =>
  isPlainObject(value) && isText(value.title) && isListOf(value.groups, isSentGroup);

/** What was sent, as saved in the entry; anything not of that shape is left out. */
function sentIn(saved: unknown): SentSummary | null {
  if (!isPlainObject(saved) || !isText(saved.customerName)) return null;
  if (!isListOf(saved.sections, isSentSection)) return null;
  return { customerName: saved.customerName, sections: saved.sections };
}

/** The success saved in a history entry's state, or null (another page's state included). */
export function successIn(state: unknown): WizardSuccess | null {
  const saved = (state as HistoryState | null)?.net3Success;
  if (!isPlainObject(saved) || !isPlainObject(saved.result)) return null;
  const email = saved.primaryContactEmail;
  const id = saved.submissionId;
  const sent = sentIn(saved.sent);
  return {
    result: saved.result,
    primaryContactEmail: typeof email === 'string' ? email : '',
    ...(typeof id === 'string' && id !== '' ? { submissionId: id } : {}),
    ...(sent ? { sent } : {}),
  };
}

export function writeHistory(write: HistoryWrite): void {
  const [state, url]: [HistoryState, string] =
    'success' in write
      ? [{ net3Success: write.success }, urlForStep('submitted')]
      : [{ net3Step: write.step }, urlForStep(write.step)];
  // A push of the entry the page is already on replaces it instead. React may apply a step
  // move twice (when a more urgent update, such as the error summary reporting itself,
  // arrives while the move is pending, React rebases the move on top of it and the reducer
  // makes a new request object for it), and two entries for one step left the browser's Back
  // on the same step.
  const here = `${window.location.pathname}${window.location.search}`;
  if (write.mode === 'push' && url !== here) window.history.pushState(state, '', url);
  else window.history.replaceState(state, '', url);
}
