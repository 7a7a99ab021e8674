// The answers as a person checks them: by section (company, addresses, contacts), each row a
// label and the value Net3 will receive, written for reading. Review shows these rows with a
// Change link for each (the row's form field), and the success page keeps them as the summary
// of what was sent, so the two never say different things.
// Values come from the wire mapping (toProvisionRequest) wherever it changes what was typed:
// phones as sent ("+1 843 555 0142", not "843 555 0142"), the company address from the
// primary address, the N3T Logins company ID as a dashed GUID, roles in Net3's order.
import type { ChoiceList, ChoiceLists } from '../api/choice-lists.ts';
import type { AudienceDescription, CustomerFieldName } from '../audience/audience-description.ts';
import { asksForCustomerField } from '../audience/audience-description.ts';
import type { SentSummary } from '../audience/wizard-success.ts';
import { formatDashedGuid } from '../contract/servicestack-guid.ts';
import { emptyCreatedBy } from '../form/form-defaults.ts';
import type { ProvisionCustomerForm, WizardStepId } from '../form/form-model.ts';
import { formatSentPhone } from '../form/phone-number.ts';
import { toProvisionRequest } from '../form/to-provision-request.ts';
import { usStates } from '../form/us-states.ts';
import { contactRoleLabels } from './contact-fieldset.tsx';

/** One answer; `field` is the form path of the input it came from, for "Change". */
export type AnswerRow = { label: string; value: string; field?: string };

/** The rows of one list item ("Address 2"), or of a section that is not a list (name ''). */
export type AnswerGroup = { name: string; heading: string; rows: AnswerRow[] };

export type AnswerSection = {
  id: 'company' | 'addresses' | 'contacts';
  title: string;
  step: WizardStepId;
  groups: AnswerGroup[];
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

/** Every answer the audience gave, by section, as Net3 will receive it. */
export function summariseAnswers(
  form: Omit<ProvisionCustomerForm, 'createdBy'>,
  audience: AudienceDescription,
  choiceLists: ChoiceLists | undefined,
): AnswerSection[] {
  const { customer, addresses, contacts } = form;
  // What will be sent; requestCreated and createdBy play no part here.
  const wire = toProvisionRequest({ ...form, createdBy: emptyCreatedBy() }, new Date(0));
  const sentCustomer = wire.customer ?? {};
  const primaryIndex = addresses.findIndex((address) => address.primary);
  const primaryField = (name: string) =>
    primaryIndex === -1 ? undefined : `addresses.${primaryIndex}.${name}`;

  /** The answer's row when the audience is asked for it. */
  const row = (field: CustomerFieldName, label: string, value: string): AnswerRow[] =>
    asksForCustomerField(audience, field) ? [{ label, value, field: `customer.${field}` }] : [];
  const companyRows: AnswerRow[] = [
    ...row('customerName', audience.wording.customerNameLabel, customer.customerName.trim()),
    ...row('customerId', 'Customer ID', customer.customerId.trim()),
    ...row('email', 'Email', customer.email.trim()),
    ...row('phone', 'Phone', formatSentPhone(sentCustomer.phone ?? '')),
    ...row('extension', 'Extension', customer.extension.trim()),
    // The company address as it will be sent: derived from the primary address.
    {
      label: 'Street address',
      value: sentCustomer.streetAddress ?? '',
      field: primaryField('street'),
    },
    {
      label: 'City, state and postal code',
      value: sentCustomer.cityStateZip ?? '',
      field: primaryField('city'),
    },
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
    ...row('parentCompanyId', 'Parent company ID', customer.parentCompanyId.trim()),
    ...row('localId', 'Local ID', customer.localId.trim()),
    ...row(
      'n3TLogins_CompanyId',
      'N3T Logins company ID',
      formatDashedGuid(customer.n3TLogins_CompanyId.trim()),
    ),
    ...row('salesContact', 'Sales contact', customer.salesContact.trim()),
    // Only a referral link sets it, and it has no input: nothing to change.
    ...(audience.customerPresets.includes('parentCompanyId') &&
    customer.parentCompanyId.trim() !== ''
      ? [{ label: 'Referred by', value: `A Net3 partner (${customer.parentCompanyId.trim()})` }]
      : []),
  ];

  return [
    {
      id: 'company',
      title: 'Company details',
      step: 'company',
      groups: [{ name: '', heading: '', rows: companyRows }],
    },
    {
      id: 'addresses',
      title: 'Addresses',
      step: 'addresses',
      groups: addresses.map((address, index) => {
        const sent = wire.addresses?.[index] ?? {};
        const path = (name: string) => `addresses.${index}.${name}`;
        const name = `Address ${index + 1}`;
        return {
          name,
          heading: `${name}${address.primary ? ' (primary)' : ''}`,
          rows: [
            { label: 'Street', value: address.street.trim(), field: path('street') },
            { label: 'City', value: address.city.trim(), field: path('city') },
            {
              label: 'State',
              value: address.state ? stateName(address.state) : '',
              field: path('state'),
            },
            { label: 'Postal code', value: address.postalCode.trim(), field: path('postalCode') },
            {
              label: 'Telephone',
              value: formatSentPhone(sent.telephone ?? ''),
              field: path('telephone'),
            },
            { label: 'Extension', value: address.extension.trim(), field: path('extension') },
            { label: 'Email', value: address.email.trim(), field: path('email') },
            { label: 'Notes', value: address.notes.trim(), field: path('notes') },
            { label: 'Primary address', value: yesNo(address.primary), field: path('primary') },
          ],
        };
      }),
    },
    {
      id: 'contacts',
      title: 'Contacts',
      step: 'contacts',
      groups: contacts.map((contact, index) => {
        const sent = wire.contacts?.[index] ?? {};
        const path = (name: string) => `contacts.${index}.${name}`;
        const name = `Contact ${index + 1}`;
        return {
          name,
          heading: name,
          rows: [
            { label: 'First name', value: contact.firstName.trim(), field: path('firstName') },
            { label: 'Last name', value: contact.lastName.trim(), field: path('lastName') },
            { label: 'Email', value: contact.email.trim(), field: path('email') },
            {
              label: 'Telephone',
              value: formatSentPhone(sent.telephone ?? ''),
              field: path('telephone'),
            },
            {
              label: 'Roles',
              value: (sent.roles ?? []).map((role) => contactRoleLabels[role]).join(', '),
              field: path('roles'),
            },
          ],
        };
      }),
    },
  ];
}

/**
 * What the success page keeps of a submission: the customer's name and the answers as sent,
 * plain text only (it is saved in the browser history entry so a reload shows it again), and
 * for signed-in staff who is recorded as having created it.
 */
export function sentSummary(
  form: ProvisionCustomerForm,
  audience: AudienceDescription,
  choiceLists: ChoiceLists | undefined,
): SentSummary {
  const sections = summariseAnswers(form, audience, choiceLists).map(({ title, groups }) => ({
    title,
    groups: groups.map(({ heading, rows }) => ({
      heading,
      rows: rows.map(({ label, value }) => ({ label, value })),
    })),
  }));
  const { createdBy } = form;
  if (audience.signedIn) {
    sections.push({
      title: 'Created by',
      groups: [
        {
          heading: '',
          rows: [
            {
              label: 'Name',
              value: `${createdBy.firstName} ${createdBy.lastName}`.trim(),
            },
            { label: 'Email', value: createdBy.email.trim() },
            { label: 'Username', value: createdBy.username.trim() },
          ],
        },
      ],
    });
  }
  return { customerName: form.customer.customerName.trim(), sections };
}
