// What the lazily loaded server-draft code (server-draft.ts, steps/staff-draft-status.tsx)
// uses from the first step's modules, handed to it rather than imported. Why: the bundler
// groups modules by which chunks import them, and a late chunk importing a few of the first
// step's modules splits their chunks into smaller ones, each gzipped on its own: +1.7 kB
// for the first step, over its budget. Handed over, the late chunk imports none of them.
import { requestPortalJson } from '../api/request-portal-json.ts';
import {
  formHasAnswers,
  loadDraft,
  readDraft,
  saveDraft,
  submissionKeyStorageKey,
} from './draft-storage.ts';

export const staffDraftKit = {
  requestPortalJson,
  formHasAnswers,
  loadDraft,
  readDraft,
  saveDraft,
  submissionKeyStorageKey,
};

export type StaffDraftKit = typeof staffDraftKit;
