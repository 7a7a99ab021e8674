// What an audience's success page is given once a submission was accepted. Its own module so
// the success pages (loaded lazily by wizard-audience.ts and signup/reseller-audience.ts) can
// name it without importing the modules that load them.

/** One part of what was sent ("Address 2 (primary)"); heading '' for a part that is not a list. */
export type SentGroup = { heading: string; rows: { label: string; value: string }[] };

/**
 * What was sent, as the person checked it on Review (steps/answer-summary.ts): plain text, so
 * it can be kept in the browser history entry and copied into an email or a CRM note.
 */
export type SentSummary = {
  customerName: string;
  sections: { title: string; groups: SentGroup[] }[];
};

/** What the success page shows: Net3's answer, where the reply goes, and what was sent. */
export type WizardSuccess = {
  result: Record<string, unknown>;
  /** The Primary contact's email at the time of submitting ('' if none). */
  primaryContactEmail: string;
  /** The portal's ledger row (staff only), for a link to /submissions/<id>. */
  submissionId?: string;
  /** What was sent; missing from a success page saved before the portal kept it. */
  sent?: SentSummary;
};

export type WizardSuccessProps = { success: WizardSuccess; onStartAnother: () => void };
