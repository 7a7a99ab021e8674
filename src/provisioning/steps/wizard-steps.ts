// The wizard's four steps in order, with the words a person sees for each, and the
// ?step= URL value that lets the browser's Back and Forward move between them.
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';

export type WizardStep = {
  id: WizardStepId;
  /** Stepper label, step heading and document title. */
  label: string;
  /** The part of the form the step edits. */
  section: keyof ProvisionCustomerForm;
  /** Hidden text after "Change" on the Review step: "Change company details". */
  changeText: string;
};

export const wizardSteps: readonly WizardStep[] = [
  { id: 'company', label: 'Company', section: 'customer', changeText: 'company details' },
  { id: 'addresses', label: 'Addresses', section: 'addresses', changeText: 'addresses' },
  { id: 'contacts', label: 'Contacts', section: 'contacts', changeText: 'contacts' },
  { id: 'review', label: 'Review', section: 'createdBy', changeText: 'created by details' },
];

/** Where every new customer starts: the first step of the list. */
export const firstStepId: WizardStepId = wizardSteps[0]!.id;

export const PORTAL_NAME = 'Net3 Customer Portal';

export function stepNumber(id: WizardStepId): number {
  return wizardSteps.findIndex((step) => step.id === id) + 1;
}

export function wizardStep(id: WizardStepId): WizardStep {
  const step = wizardSteps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown wizard step: ${id}`);
  return step;
}

export function nextStepId(id: WizardStepId): WizardStepId {
  return wizardSteps[Math.min(stepNumber(id), wizardSteps.length - 1)]!.id;
}

export function previousStepId(id: WizardStepId): WizardStepId {
  return wizardSteps[Math.max(stepNumber(id) - 2, 0)]!.id;
}

/** The step a form path belongs to: 'contacts.1.email' -> 'contacts'. */
export function stepForPath(path: string): WizardStepId | null {
  const section = path.split('.')[0];
  return wizardSteps.find((step) => step.section === section)?.id ?? null;
}

export function isWizardStepId(value: unknown): value is WizardStepId {
  return wizardSteps.some((step) => step.id === value);
}

/** The step named by `?step=` in a URL search string, or null. */
export function stepFromSearch(search: string): WizardStepId | null {
  const value = new URLSearchParams(search).get('step');
  return isWizardStepId(value) ? value : null;
}

/** The current URL with `?step=<id>`, keeping the path and any other parameters. */
export function urlForStep(id: WizardStepId | 'submitted', location: Location = window.location) {
  const params = new URLSearchParams(location.search);
  params.set('step', id);
  return `${location.pathname}?${params.toString()}`;
}

/** Where the person is, as the progress line and the announcement say it: "Step 2 of 4". */
export function stepPosition(id: WizardStepId): string {
  return `Step ${stepNumber(id)} of ${wizardSteps.length}`;
}

/** What is announced on arriving at a step: "Step 2 of 4: Addresses". */
export function stepAnnouncement(id: WizardStepId): string {
  return `${stepPosition(id)}: ${wizardStep(id).label}`;
}

export function stepTitle(
  id: WizardStepId,
  hasErrors: boolean,
  siteName: string = PORTAL_NAME,
): string {
  const prefix = hasErrors ? 'Error: ' : '';
  return `${prefix}${wizardStep(id).label} – ${stepPosition(id)} – ${siteName}`;
}
