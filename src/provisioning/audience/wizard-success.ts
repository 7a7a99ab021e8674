// What an audience's success page is given once a submission was accepted. Its own module so
// the success pages (loaded lazily by wizard-audience.ts and signup/reseller-audience.ts) can
// name it without importing the modules that load them.

/** What the success page shows: Net3's answer and where the reply goes. */
export type WizardSuccess = {
  result: Record<string, unknown>;
  /** The Primary contact's email at the time of submitting ('' if none). */
  primaryContactEmail: string;
  /** The portal's ledger row (staff only), for a link to /submissions/<id>. */
  submissionId?: string;
};

export type WizardSuccessProps = { success: WizardSuccess; onStartAnother: () => void };
