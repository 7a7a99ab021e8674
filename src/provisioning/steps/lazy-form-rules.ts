// The form's validation rules (the zod schemas and the phone-number library behind them)
// are one of the largest parts of the wizard and are not needed to show the first step.
// They load right after the first render (with zod's react-hook-form resolver); validation
// (and so Next) waits for them.
import type { Resolver } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import type { WizardAudienceId } from '../wizard-audience.ts';

export function loadFormRules() {
  return Promise.all([import('../form/form-schema.ts'), import('@hookform/resolvers/zod')]).then(
    ([rules, { zodResolver }]) => ({ ...rules, zodResolver }),
  );
}

/**
 * A react-hook-form resolver for the whole form that loads the rules on first use: the staff
 * wizard's, or the reseller signup's (which checks only the company answers it asks for).
 */
export function lazyFormResolver(
  audience: WizardAudienceId = 'staff',
): Resolver<ProvisionCustomerForm> {
  let resolver: Resolver<ProvisionCustomerForm> | undefined;
  return async (values, context, options) => {
    if (!resolver) {
      const { provisionCustomerFormSchema, signupFormSchema, zodResolver } = await loadFormRules();
      resolver =
        audience === 'reseller'
          ? // Its output lacks the company answers it does not ask for; the wizard only reads
            // errors from the resolver (trigger), never its output values.
            (zodResolver(signupFormSchema) as unknown as Resolver<ProvisionCustomerForm>)
          : (zodResolver(provisionCustomerFormSchema) as Resolver<ProvisionCustomerForm>);
    }
    return resolver(values, context, options);
  };
}
