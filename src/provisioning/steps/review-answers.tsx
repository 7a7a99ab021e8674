// The Review step's answers from steps 1–3, by section, each with a Change link. They
// cannot change while Review is shown, so this rarely re-renders.
import { memo, useMemo } from 'react';
import Box from '@mui/material/Box';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { ChoiceList } from '../api/choice-lists.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { emptyCreatedBy } from '../form/form-defaults.ts';
import { toProvisionRequest } from '../form/to-provision-request.ts';
import { usStates } from '../form/us-states.ts';
import { choiceListsQueryOptions } from './provisioning-queries.ts';
import { contactRoleLabels } from './contact-fieldset.tsx';
import { ReviewSection } from './review-section.tsx';
import { SummaryList, type SummaryRow } from './summary-list.tsx';
import type { WizardAudienceId } from '../wizard-audience.ts';

type ReviewAnswersProps = {
  control: Control<ProvisionCustomerForm>;
  onChange: (step: WizardStepId) => void;
  audience: WizardAudienceId;
};

function choiceName(list: ChoiceList | undefined, id: string): string {
  if (id === '') return '';
  return list?.find((choice) => String(choice.id) === id)?.name ?? id;
}

function stateName(code: string): string {
  const state = usStates.find((candidate) => candidate.code === code.trim().toUpperCase());
  return state ? `${state.name} (${state.code})` : code;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export const ReviewAnswers = memo(function ReviewAnswers({
  control,
  onChange,
  audience,
}: ReviewAnswersProps) {
  const [customer, addresses, contacts] = useWatch({
    control,
    name: ['customer', 'addresses', 'contacts'],
  });
  // The public signup never shows or loads the operator's choice lists.
  const choiceLists = useQuery({
    ...choiceListsQueryOptions(),
    enabled: audience === 'staff',
  }).data;
  // The company address exactly as it will be sent: derived from the primary address.
  const wireCustomer = useMemo(
    () =>
      toProvisionRequest(
        { customer, addresses, contacts, createdBy: emptyCreatedBy() },
        new Date(0),
      ).customer ?? {},
    [customer, addresses, contacts],
  );

  const contactRows: SummaryRow[] = [
    { label: 'Customer name', value: customer.customerName },
    ...(audience === 'staff' ? [{ label: 'Customer ID', value: customer.customerId }] : []),
    { label: 'Email', value: customer.email },
    { label: 'Phone', value: customer.phone },
    { label: 'Extension', value: customer.extension },
    { label: 'Street address', value: wireCustomer.streetAddress },
    { label: 'City, state and ZIP', value: wireCustomer.cityStateZip },
  ];
  const companyRows: SummaryRow[] =
    audience === 'staff'
      ? [
          ...contactRows,
          {
            label: 'Service level',
            value: choiceName(choiceLists?.serviceLevels, customer.serviceLevelId),
          },
          {
            label: 'Pricing tier',
            value: choiceName(choiceLists?.pricingTiers, customer.typePricingTierId),
          },
          {
            label: 'Customer status',
            value: choiceName(choiceLists?.customerStatuses, customer.typeCustomerStatusId),
          },
          { label: 'Reseller', value: yesNo(customer.isReseller) },
          { label: 'Parent company ID', value: customer.parentCompanyId },
          { label: 'Local ID', value: customer.localId },
          { label: 'N3T Logins company ID', value: customer.n3TLogins_CompanyId },
          { label: 'Sales contact', value: customer.salesContact },
        ]
      : [
          ...contactRows,
          // Only a referral link sets it; a signup without one has nothing to show.
          ...(customer.parentCompanyId.trim() === ''
            ? []
            : [{ label: 'Referred by', value: customer.parentCompanyId }]),
        ];

  return (
    <>
      <ReviewSection
        id="review-company"
        title="Company details"
        changeStep="company"
        onChange={onChange}
      >
        <SummaryList rows={companyRows} />
      </ReviewSection>

      <ReviewSection
        id="review-addresses"
        title="Addresses"
        changeStep="addresses"
        onChange={onChange}
      >
        <Column spacing={2}>
          {addresses.map((address, index) => (
            <Box key={index}>
              <Typography variant="h4" sx={{ fontSize: '1.0625rem', fontWeight: 700, mt: 1 }}>
                Address {index + 1}
                {address.primary ? ' (primary)' : ''}
              </Typography>
              <SummaryList
                rows={[
                  { label: 'Street', value: address.street },
                  { label: 'City', value: address.city },
                  { label: 'State', value: address.state ? stateName(address.state) : '' },
                  { label: 'Postal code', value: address.postalCode },
                  { label: 'Telephone', value: address.telephone },
                  { label: 'Extension', value: address.extension },
                  { label: 'Email', value: address.email },
                  { label: 'Notes', value: address.notes },
                  { label: 'Primary address', value: yesNo(address.primary) },
                ]}
              />
            </Box>
          ))}
        </Column>
      </ReviewSection>

      <ReviewSection
        id="review-contacts"
        title="Contacts"
        changeStep="contacts"
        onChange={onChange}
      >
        <Column spacing={2}>
          {contacts.map((contact, index) => (
            <Box key={index}>
              <Typography variant="h4" sx={{ fontSize: '1.0625rem', fontWeight: 700, mt: 1 }}>
                Contact {index + 1}
              </Typography>
              <SummaryList
                rows={[
                  { label: 'First name', value: contact.firstName },
                  { label: 'Last name', value: contact.lastName },
                  { label: 'Email', value: contact.email },
                  { label: 'Telephone', value: contact.telephone },
                  {
                    label: 'Roles',
                    value: contact.roles.map((role) => contactRoleLabels[role]).join(', '),
                  },
                ]}
              />
            </Box>
          ))}
        </Column>
      </ReviewSection>
    </>
  );
});
