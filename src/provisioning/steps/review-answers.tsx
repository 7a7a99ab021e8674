// The Review step's answers from steps 1–3, by section, each with a Change link. The company
// answers listed are the ones the audience is asked for (and a referral the page set). They
// cannot change while Review is shown, so this rarely re-renders.
import { memo, useMemo } from 'react';
import { Column } from '../../components/column.tsx';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { ChoiceList } from '../api/choice-lists.ts';
import type {
  AddressForm,
  ContactForm,
  ProvisionCustomerForm,
  WizardStepId,
} from '../form/form-model.ts';
import { emptyCreatedBy } from '../form/form-defaults.ts';
import { toProvisionRequest } from '../form/to-provision-request.ts';
import { usStates } from '../form/us-states.ts';
import { choiceListsQueryOptions } from './provisioning-queries.ts';
import { contactRoleLabels } from './contact-fieldset.tsx';
import { ReviewSection } from './review-section.tsx';
import { ReviewListItem } from './review-list-item.tsx';
import { SummaryList, type SummaryRow } from './summary-list.tsx';
import {
  asksForChoiceLists,
  asksForCustomerField,
  type CustomerFieldName,
  type WizardAudienceId,
} from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';

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

function addressRows(address: AddressForm): SummaryRow[] {
  return [
    { label: 'Street', value: address.street },
    { label: 'City', value: address.city },
    { label: 'State', value: address.state ? stateName(address.state) : '' },
    { label: 'Postal code', value: address.postalCode },
    { label: 'Telephone', value: address.telephone },
    { label: 'Extension', value: address.extension },
    { label: 'Email', value: address.email },
    { label: 'Notes', value: address.notes },
    { label: 'Primary address', value: yesNo(address.primary) },
  ];
}

function contactRows(contact: ContactForm): SummaryRow[] {
  return [
    { label: 'First name', value: contact.firstName },
    { label: 'Last name', value: contact.lastName },
    { label: 'Email', value: contact.email },
    { label: 'Telephone', value: contact.telephone },
    { label: 'Roles', value: contact.roles.map((role) => contactRoleLabels[role]).join(', ') },
  ];
}

export const ReviewAnswers = memo(function ReviewAnswers({
  control,
  onChange,
  audience: audienceId,
}: ReviewAnswersProps) {
  const audience = describeAudience(audienceId);
  const asks = (field: CustomerFieldName) => asksForCustomerField(audience, field);
  const [customer, addresses, contacts] = useWatch({
    control,
    name: ['customer', 'addresses', 'contacts'],
  });
  // An audience that is not asked for a choice never shows or loads the operator's lists.
  const choiceLists = useQuery({
    ...choiceListsQueryOptions(),
    enabled: asksForChoiceLists(audience),
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

  /** The answer's row when the audience is asked for it. */
  const row = (field: CustomerFieldName, label: string, value: string | undefined) =>
    asks(field) ? [{ label, value }] : [];
  const companyRows: SummaryRow[] = [
    ...row('customerName', 'Customer name', customer.customerName),
    ...row('customerId', 'Customer ID', customer.customerId),
    ...row('email', 'Email', customer.email),
    ...row('phone', 'Phone', customer.phone),
    ...row('extension', 'Extension', customer.extension),
    { label: 'Street address', value: wireCustomer.streetAddress },
    { label: 'City, state and ZIP', value: wireCustomer.cityStateZip },
    ...row(
      'serviceLevelId',
      'Service level',
      choiceName(choiceLists?.serviceLevels, customer.serviceLevelId),
    ),
    ...row(
      'typePricingTierId',
      'Pricing tier',
      choiceName(choiceLists?.pricingTiers, customer.typePricingTierId),
    ),
    ...row(
      'typeCustomerStatusId',
      'Customer status',
      choiceName(choiceLists?.customerStatuses, customer.typeCustomerStatusId),
    ),
    ...row('isReseller', 'Reseller', yesNo(customer.isReseller)),
    ...row('parentCompanyId', 'Parent company ID', customer.parentCompanyId),
    ...row('localId', 'Local ID', customer.localId),
    ...row('n3TLogins_CompanyId', 'N3T Logins company ID', customer.n3TLogins_CompanyId),
    ...row('salesContact', 'Sales contact', customer.salesContact),
    // Only a referral link sets it; a signup without one has nothing to show.
    ...(audience.customerPresets.includes('parentCompanyId') &&
    customer.parentCompanyId.trim() !== ''
      ? [{ label: 'Referred by', value: customer.parentCompanyId }]
      : []),
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
            <ReviewListItem
              key={index}
              heading={`Address ${index + 1}${address.primary ? ' (primary)' : ''}`}
              rows={addressRows(address)}
            />
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
            <ReviewListItem
              key={index}
              heading={`Contact ${index + 1}`}
              rows={contactRows(contact)}
            />
          ))}
        </Column>
      </ReviewSection>
    </>
  );
});
