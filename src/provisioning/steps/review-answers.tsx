// The Review step's answers from steps 1–3, by section, as Net3 will receive them
// (answer-summary.ts: phones as sent, the company address from the primary address). Each
// section has a Change link to its step, and each answer one to its field ("Change Customer
// name" opens the Company step with focus on Customer name). The company answers listed are
// the ones the audience is asked for (and a referral the page set). They cannot change while
// Review is shown, so this rarely re-renders.
import { memo, useMemo } from 'react';
import { Column } from '../../components/column.tsx';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { choiceListsQueryOptions } from './provisioning-queries.ts';
import { ReviewSection } from './review-section.tsx';
import { ReviewListItem } from './review-list-item.tsx';
import { SummaryList, type SummaryRow } from './summary-list.tsx';
import { asksForChoiceLists, type WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';
import { summariseAnswers, type AnswerGroup } from './answer-summary.ts';
import { stepForPath, urlForStep } from './wizard-steps.ts';

/** Opens a step from Review; with `field`, focus lands on that field once it is on screen. */
export type OpenStepFromReview = (step: WizardStepId, field?: string) => void;

type ReviewAnswersProps = {
  control: Control<ProvisionCustomerForm>;
  onChange: OpenStepFromReview;
  audience: WizardAudienceId;
};

/** The group's rows, each answer with a Change link to its field. */
function rowsWithChange(group: AnswerGroup, onChange: OpenStepFromReview): SummaryRow[] {
  return group.rows.map(({ label, value, field }) => {
    const step = field === undefined ? null : stepForPath(field);
    if (field === undefined || step === null) return { label, value };
    return {
      label,
      value,
      change: {
        name: group.name === '' ? label : `${label} for ${group.name}`,
        href: urlForStep(step),
        onClick: () => onChange(step, field),
      },
    };
  });
}

export const ReviewAnswers = memo(function ReviewAnswers({
  control,
  onChange,
  audience: audienceId,
}: ReviewAnswersProps) {
  const audience = describeAudience(audienceId);
  const [customer, addresses, contacts] = useWatch({
    control,
    name: ['customer', 'addresses', 'contacts'],
  });
  // An audience that is not asked for a choice never shows or loads the operator's lists.
  const choiceLists = useQuery({
    ...choiceListsQueryOptions(),
    enabled: asksForChoiceLists(audience),
  }).data;
  const sections = useMemo(
    () => summariseAnswers({ customer, addresses, contacts }, audience, choiceLists),
    [customer, addresses, contacts, audience, choiceLists],
  );

  return (
    <>
      {sections.map((section) => (
        <ReviewSection
          key={section.id}
          id={`review-${section.id}`}
          title={section.title}
          changeStep={section.step}
          onChange={onChange}
        >
          {section.id === 'company' ? (
            <SummaryList rows={rowsWithChange(section.groups[0]!, onChange)} />
          ) : (
            <Column spacing={2}>
              {section.groups.map((group) => (
                <ReviewListItem
                  key={group.name}
                  heading={group.heading}
                  rows={rowsWithChange(group, onChange)}
                />
              ))}
            </Column>
          )}
        </ReviewSection>
      ))}
    </>
  );
});
