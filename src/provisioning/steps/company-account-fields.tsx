// The Company step's account part: the customer's Net3 account settings (service level,
// pricing tier, status from the operator's choice lists, reseller), each shown when the
// audience is asked for it. Staff are asked all of them; a reseller signing up none (Net3
// decides these), so nothing renders and the choice lists are never loaded. References to
// other systems follow, behind their own button (company-references.tsx).
import { PortalAlert } from '../../components/portal-alert.tsx';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { BusySpinner } from '../../components/busy-spinner.tsx';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import type { ChoiceList } from '../api/choice-lists.ts';
import { FormSelectField, type SelectOption } from '../../components/form-select-field.tsx';
import { FormCheckbox } from '../../components/form-checkbox.tsx';
import {
  asksForChoiceLists,
  asksForCustomerField,
  type AudienceDescription,
  type CustomerFieldName,
} from '../audience/audience-description.ts';
import { choiceListsQueryOptions } from './provisioning-queries.ts';
import { useHydrated } from '../../app/use-hydrated.ts';

function toOptions(list: ChoiceList | undefined): SelectOption[] {
  return (list ?? []).map((choice) => ({ value: String(choice.id), label: choice.name }));
}

type CompanyAccountFieldsProps = {
  control: Control<ProvisionCustomerForm>;
  audience: AudienceDescription;
};

const accountFields: CustomerFieldName[] = [
  'serviceLevelId',
  'typePricingTierId',
  'typeCustomerStatusId',
  'isReseller',
];

export function CompanyAccountFields({ control, audience }: CompanyAccountFieldsProps) {
  const asks = (field: CustomerFieldName) => asksForCustomerField(audience, field);
  const asksForChoices = asksForChoiceLists(audience);
  const choiceLists = useQuery({ ...choiceListsQueryOptions(), enabled: asksForChoices });
  // Until a prerendered page has hydrated it shows what its HTML shows, the lists loading, even
  // when the server wrote them into the page: the first render must match that HTML.
  const hydrated = useHydrated();
  const lists = hydrated ? choiceLists.data : undefined;
  const loading = !hydrated || choiceLists.isPending;
  if (!accountFields.some(asks)) return null;
  return (
    <Column spacing={3}>
      <Typography variant="h3" component="h3">
        Net3 account
      </Typography>
      {asksForChoices && loading && (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
          <BusySpinner size={20} />
          <span>Loading service levels, pricing tiers and customer statuses…</span>
        </Box>
      )}
      {asksForChoices && hydrated && choiceLists.isError && (
        <PortalAlert
          severity="error"
          action={
            <PortalButton color="inherit" onClick={() => void choiceLists.refetch()}>
              Retry
            </PortalButton>
          }
        >
          The service levels, pricing tiers and customer statuses could not be loaded. Check your
          connection, then select Retry.
        </PortalAlert>
      )}
      {asks('serviceLevelId') && (
        <FormSelectField
          control={control}
          name="customer.serviceLevelId"
          label="Service level"
          placeholder="Choose a service level"
          options={toOptions(lists?.serviceLevels)}
        />
      )}
      {asks('typePricingTierId') && (
        <FormSelectField
          control={control}
          name="customer.typePricingTierId"
          label="Pricing tier"
          placeholder="Choose a pricing tier"
          options={toOptions(lists?.pricingTiers)}
        />
      )}
      {asks('typeCustomerStatusId') && (
        <FormSelectField
          control={control}
          name="customer.typeCustomerStatusId"
          label="Customer status"
          placeholder="Choose a customer status"
          options={toOptions(lists?.customerStatuses)}
        />
      )}
      {asks('isReseller') && (
        <FormCheckbox
          control={control}
          name="customer.isReseller"
          label="Reseller"
          hint="Tick if this customer resells Net3 services"
        />
      )}
    </Column>
  );
}
