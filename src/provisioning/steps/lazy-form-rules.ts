// The form's validation rules (the zod schemas and the phone-number library behind them)
// are one of the largest parts of the wizard and are not needed to show the first step.
// The browser prefetches them while the first step is on screen (src/app/prefetch-later-parts.ts) and
// they run on first use, with zod's react-hook-form resolver; validation (and so Next) waits
// for them, and Next says it is busy meanwhile (formRulesReady).
import type { Resolver } from 'react-hook-form';
import { checkedCustomerFields, type WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';

type FormRules = typeof import('../form/form-schema.ts') & {
  zodResolver: typeof import('@hookform/resolvers/zod').zodResolver;
};

let loadedRules: FormRules | null = null;

export function loadFormRules(): Promise<FormRules> {
  return Promise.all([import('../form/form-schema.ts'), import('@hookform/resolvers/zod')]).then(
    ([rules, { zodResolver }]) => (loadedRules = { ...rules, zodResolver }),
  );
}

/** Whether the rules are here: if not, checking a step must wait for them (Next shows busy). */
export function formRulesReady(): boolean {
  return loadedRules !== null;
}

/**
 * A react-hook-form resolver for the whole form that loads the rules on first use. It checks
 * the company answers the audience is asked for (all of them for staff; the reseller
 * signup's few), and every address and contact.
 */
export function lazyFormResolver(
  audience: WizardAudienceId = 'staff',
): Resolver<ProvisionCustomerForm> {
  let resolver: Resolver<ProvisionCustomerForm> | undefined;
  return async (values, context, options) => {
    if (!resolver) {
      const { formSchemaCheckingCustomer, zodResolver } = await loadFormRules();
      const description = describeAudience(audience);
      const { customerNameLabel, customerNameMissing } = description.wording;
      const schema = formSchemaCheckingCustomer(checkedCustomerFields(description), {
        missing: customerNameMissing,
        tooLong: `${customerNameLabel} must be 200 characters or fewer`,
      });
      // Its output may lack the company answers the audience is not asked for; the wizard
      // only reads errors from the resolver (trigger), never its output values.
      resolver = zodResolver(schema) as unknown as Resolver<ProvisionCustomerForm>;
    }
    return resolver(values, context, options);
  };
}
