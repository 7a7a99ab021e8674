import { describe, expect, it } from 'vitest';
import {
  firstStepId,
  nextStepId,
  previousStepId,
  stepAnnouncement,
  stepPosition,
  stepTitle,
  wizardSteps,
} from './wizard-steps.ts';

describe('wizard steps', () => {
  it('says where the person is from the list of steps', () => {
    expect(firstStepId).toBe('company');
    expect(wizardSteps.map((step) => stepAnnouncement(step.id))).toEqual([
      'Step 1 of 4: Company',
      'Step 2 of 4: Addresses',
      'Step 3 of 4: Contacts',
      'Step 4 of 4: Review',
    ]);
    expect(stepPosition('contacts')).toBe('Step 3 of 4');
  });

  it('titles the page with the step, its position and the site, "Error: " first with errors', () => {
    expect(stepTitle('company', false)).toBe('Company – Step 1 of 4 – Net3 Customer Portal');
    expect(stepTitle('review', true, 'Net3 reseller signup')).toBe(
      'Error: Review – Step 4 of 4 – Net3 reseller signup',
    );
  });

  it('goes forward and back within the list', () => {
    expect(nextStepId('contacts')).toBe('review');
    expect(nextStepId('review')).toBe('review');
    expect(previousStepId('addresses')).toBe('company');
    expect(previousStepId('company')).toBe('company');
  });
});
