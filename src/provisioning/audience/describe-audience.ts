// The description of an audience by its id, for the parts of the wizard that are handed only
// the id (the steps' `audience` prop, the form's lazy resolver). Plain data, no lazy parts.
import type { AudienceDescription, WizardAudienceId } from './audience-description.ts';
import { resellerAudienceDescription } from './reseller-audience-description.ts';
import { staffAudienceDescription } from './staff-audience-description.ts';

const descriptions: Record<WizardAudienceId, AudienceDescription> = {
  staff: staffAudienceDescription,
  reseller: resellerAudienceDescription,
};

export function describeAudience(id: WizardAudienceId = 'staff'): AudienceDescription {
  return descriptions[id];
}
