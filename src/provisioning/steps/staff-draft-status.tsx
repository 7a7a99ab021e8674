// The quiet note under the step heading that says where a signed-in staff member's draft is
// (issue 10): "Saving…", "Saved", "Draft restored from 3 Nov 2026, 14:05", or that it could
// not reach the server and is kept in this tab. It also does the work: on opening it asks the
// server for the person's draft and restores it when it is newer than this tab's (another
// browser, a closed tab), or sends this tab's when that is newer (typed while offline); then
// it saves every change to the server (form/server-draft.ts). Loaded after the first paint.
// Only what matters is announced (restored, not saved, saved again), never each keystroke.
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { formatWhen } from '../../submissions/format-when.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import type { StaffDraftKit } from '../form/staff-draft-kit.ts';
import {
  getServerDraft,
  startServerDraftSync,
  type DraftSaveStatus,
  type ServerDraft,
} from '../form/server-draft.ts';

export const OFFLINE_NOTE = 'Not saved: you are offline — kept in this tab until you are back';

type StaffDraftStatusProps = {
  /** The first step's draft and request code (staff-draft-kit.ts says why it is handed over). */
  kit: StaffDraftKit;
  form: UseFormReturn<ProvisionCustomerForm>;
  step: WizardStepId;
  draftKey: string;
  /** A newer draft came from the server: the wizard shows its step. */
  onRestored: (step: WizardStepId) => void;
};

type Note = { text: string; announced: string };

/** A save taking longer than this shows "Saving…" in place of "Saved". */
const SLOW_SAVE_MS = 500;

function restoredNote(savedAt: number): string {
  return savedAt > 0 ? `Draft restored from ${formatWhen(savedAt)}` : 'Draft restored';
}

function readSubmissionKey(kit: StaffDraftKit, draftKey: string): string | null {
  try {
    return sessionStorage.getItem(kit.submissionKeyStorageKey(draftKey));
  } catch {
    return null;
  }
}

function keepSubmissionKey(kit: StaffDraftKit, draftKey: string, key: string | null): void {
  try {
    if (key) sessionStorage.setItem(kit.submissionKeyStorageKey(draftKey), key);
  } catch {
    // Storage blocked: the next submit makes a key of its own.
  }
}

export function StaffDraftStatus({ kit, form, step, draftKey, onRestored }: StaffDraftStatusProps) {
  const [note, setNote] = useState<Note>({ text: '', announced: '' });
  const shownNote = useRef(note);
  const stepRef = useRef(step);
  const onRestoredRef = useRef(onRestored);
  const changed = useRef<() => void>(() => undefined);

  useEffect(() => {
    onRestoredRef.current = onRestored;
  }, [onRestored]);

  // The step is part of the draft: a move to another step is saved too.
  useEffect(() => {
    if (stepRef.current === step) return;
    stepRef.current = step;
    changed.current();
  }, [step]);

  useEffect(() => {
    let disposed = false;
    // Changed by the person since opening ("Created by" filled from the session is not them).
    const answersOf = ({ customer, addresses, contacts }: ProvisionCustomerForm) =>
      JSON.stringify({ customer, addresses, contacts });
    const local = kit.loadDraft(draftKey);
    // What the wizard opened with: the tab's draft, or an empty form. Anything else on screen
    // now was typed before this code loaded, and the server's copy must not replace it.
    const opened = local ? answersOf(local.form) : null;
    const typed = (values: ProvisionCustomerForm) =>
      opened === null ? kit.formHasAnswers(values) : answersOf(values) !== opened;
    let touched = typed(form.getValues());
    let restoring = false;
    let changedAt = Date.now();
    let last: DraftSaveStatus['kind'] | 'restored' | null = null;
    let savingNoteTimer: ReturnType<typeof setTimeout> | undefined;
    const show = (kind: typeof last, text: string) => {
      clearTimeout(savingNoteTimer);
      // Sending the restored draft on is not news: "restored" stays until the person types.
      if (last === 'restored' && !touched && (kind === 'saving' || kind === 'saved')) return;
      // Announced when something happened that the person should know, not on every save.
      const announce = kind === 'restored' || kind === 'refused' || kind !== last;
      const quiet = kind === 'saving' || (kind === 'saved' && last !== 'offline');
      last = kind;
      const shown = shownNote.current;
      const announced = announce && !quiet ? text : shown.announced;
      // The same note again ("Saved" after each save while the person types) is not given to
      // React at all: even an update that changes nothing renders this component once.
      if (shown.text === text && shown.announced === announced) return;
      shownNote.current = { text, announced };
      setNote(shownNote.current);
    };
    const read = (): ServerDraft => ({
      form: form.getValues(),
      step: stepRef.current,
      savedAt: changedAt,
      idempotencyKey: readSubmissionKey(kit, draftKey),
    });
    const sync = startServerDraftSync(kit, read, (status) => {
      // A save says "Saving…" only if it takes a while: while the person types, the note would
      // otherwise flip to "Saving…" and back every second (and re-render between key presses).
      if (status.kind === 'saving' && last !== 'saving') {
        clearTimeout(savingNoteTimer);
        savingNoteTimer = setTimeout(() => show('saving', 'Saving…'), SLOW_SAVE_MS);
      } else if (status.kind === 'saving') show('saving', 'Saving…');
      else if (status.kind === 'saved') show('saved', 'Saved');
      else if (status.kind === 'offline') show('offline', OFFLINE_NOTE);
      else show('refused', status.message);
    });
    changed.current = () => {
      changedAt = Date.now();
      sync.changed();
    };
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        if (restoring) return;
        touched ||= typed(form.getValues());
        changed.current();
      },
    });

    const { formHasAnswers } = kit;
    const localHasAnswers = local !== null && formHasAnswers(local.form);
    const restoreLocal = (server: ServerDraft | null) => {
      const current = form.getValues();
      if (localHasAnswers && !touched) show('restored', restoredNote(local.savedAt));
      if (!formHasAnswers(current)) return;
      // What is on screen is newer than the server's (typed offline, before this code had
      // loaded, or the server never had it): send it.
      const unchanged = answersOf(current) === (local && answersOf(local.form));
      if (server === null || answersOf(current) !== answersOf(server.form)) {
        changedAt = unchanged && local ? local.savedAt || Date.now() : Date.now();
        if (server === null || changedAt > server.savedAt) sync.changed();
      }
    };
    getServerDraft(kit).then(
      (server) => {
        if (disposed) return;
        // A tab draft with no answers (the wizard saves "Created by" from the session ~0.4 s
        // after opening, often before this part has loaded) is not newer than the person's.
        const newer = server !== null && (!localHasAnswers || server.savedAt > local.savedAt);
        if (!newer || touched || !formHasAnswers(server.form)) {
          restoreLocal(server);
          return;
        }
        restoring = true;
        form.reset(server.form);
        restoring = false;
        changedAt = server.savedAt;
        kit.saveDraft(server.form, server.step, draftKey);
        keepSubmissionKey(kit, draftKey, server.idempotencyKey);
        stepRef.current = server.step;
        onRestoredRef.current(server.step);
        show('restored', restoredNote(server.savedAt));
      },
      () => {
        if (!disposed) restoreLocal(null);
      },
    );
    return () => {
      disposed = true;
      clearTimeout(savingNoteTimer);
      unsubscribe();
      sync.dispose();
      changed.current = () => undefined;
    };
  }, [kit, form, draftKey]);

  return (
    <>
      {/* A page-wide class (app-global-styles.tsx), not MUI's styles: this chunk then shares
          no MUI code with the first step's. */}
      <p className="draft-status">{note.text}</p>
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {note.announced}
      </div>
    </>
  );
}
