// What describes one audience of the wizard, as plain data: who it is, which company answers
// it is asked for, and the words the wizard and its steps use. The form's rules
// (formSchemaCheckingCustomer), which server field errors can be pinned on an input
// (asksForPath) and what each step renders all follow from it, so the steps never ask which
// audience they serve. The audience's WizardAudience (wizard-audience.ts for staff,
// signup/reseller-audience.ts) adds where it lives (page, draft key) and how it submits and
// finishes (request, success page).
// Kept to plain data with no imports worth the name: the steps read it, including the lazily
// loaded ones, so whatever it imported would move into the chunk the first step shares with
// them (draft-storage.ts there cost the first step 1 kB gzip); and the modules that load the
// steps (wizard-audience.ts, steps/lazy-steps.ts) must not be read back, or imports cycle.
import type { TypeContactRole } from '../contract/contact-role-names.ts';
import type { CustomerForm } from '../form/form-model.ts';

export type WizardAudienceId = 'staff' | 'reseller';

/** A company answer by its form name (the wire's name too, salesContact aside). */
export type CustomerFieldName = keyof CustomerForm;

/** The words that differ between audiences; the rest of the wizard's text is shared. */
export type AudienceWording = {
  /** Said first on the Company step, if anything. */
  companyIntro?: string;
  /**
   * Shown on the first step only, under the intro: what to have at hand before starting,
   * and how the answers are used (the public signup; staff know both).
   */
  firstStepNotes?: { whatYouNeed: string; privacy: string };
  /** The Company step's heading over who the company is. */
  companyHeading: string;
  /** The company name's label, on the Company step and Review ("Customer name"). */
  customerNameLabel: string;
  /** The message when the company name is left empty: it names the field as its label does. */
  customerNameMissing: string;
  /** The hint under the company name, if any. */
  customerNameHint?: string;
  /** Said first on the Addresses step. */
  addressesIntro: string;
  /** Said first on the Contacts step. */
  contactsIntro: string;
  /** What each contact role means for this audience, shown beside its box; none for staff. */
  contactRoleHints?: Readonly<Record<TypeContactRole, string>>;
};

export type AudienceDescription = {
  id: WizardAudienceId;
  /** Ends every document title: "Company – Step 1 of 4 – <siteName>". */
  siteName: string;
  /** The success page's document title and announcement. */
  successTitle: string;
  /** The company answers this audience has an input for; only these are checked and shown. */
  customerInputs: readonly CustomerFieldName[];
  /**
   * Company answers the page sets (a referral link's parent company): checked, sent and
   * shown read-only, never an input, so an error about one cannot be pinned on a field.
   */
  customerPresets: readonly CustomerFieldName[];
  /**
   * Signed-in staff: "Created by" is filled from the session and shown read-only on Review.
   * Addresses and contacts are asked of every audience in full.
   */
  signedIn: boolean;
  wording: AudienceWording;
};

export function asksForCustomerField(
  audience: AudienceDescription,
  field: CustomerFieldName,
): boolean {
  return audience.customerInputs.includes(field);
}

const choiceListFields: readonly CustomerFieldName[] = [
  'serviceLevelId',
  'typePricingTierId',
  'typeCustomerStatusId',
];

/** Whether it is asked an answer chosen from the operator's choice lists (so they are loaded). */
export function asksForChoiceLists(audience: AudienceDescription): boolean {
  return choiceListFields.some((field) => asksForCustomerField(audience, field));
}

/** The company answers the form's rules check for this audience: its inputs and presets. */
export function checkedCustomerFields(audience: AudienceDescription): CustomerFieldName[] {
  return [...audience.customerInputs, ...audience.customerPresets];
}

/**
 * Whether the person sees an input for this form path ("customer.email",
 * "addresses.0.street", "contacts.root"), so a server field error can be pinned on it.
 * "Created by" is read-only for everyone: the person cannot correct it.
 */
export function asksForPath(audience: AudienceDescription, path: string): boolean {
  if (path.startsWith('addresses.') || path.startsWith('contacts.')) return true;
  const [section, field, ...rest] = path.split('.');
  return (
    section === 'customer' &&
    rest.length === 0 &&
    audience.customerInputs.some((input) => input === field)
  );
}
