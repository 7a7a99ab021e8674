// How the schema behaves inside react-hook-form, the way the wizard uses it: one form,
// zodResolver on the full schema, trigger(stepFieldNames[step]) on Next.
import { zodResolver } from '@hookform/resolvers/zod';
import { act, renderHook } from '@testing-library/react';
import { useFieldArray, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { exampleProvisionCustomerForm } from './example-form.ts';
import type { ProvisionCustomerForm } from './form-model.ts';
import { provisionCustomerFormSchema, stepFieldNames } from './form-schema.ts';

function renderWizardForm(values: ProvisionCustomerForm) {
  return renderHook(() => {
    const form = useForm<ProvisionCustomerForm>({
      defaultValues: values,
      resolver: zodResolver(provisionCustomerFormSchema),
    });
    useFieldArray({ control: form.control, name: 'addresses' });
    useFieldArray({ control: form.control, name: 'contacts' });
    form.register('customer.customerName');
    values.addresses.forEach((_, index) => form.register(`addresses.${index}.street`));
    values.contacts.forEach((_, index) => form.register(`contacts.${index}.email`));
    // Reading errors during render subscribes to them, as the wizard's components do.
    void form.formState.errors;
    return form;
  });
}

describe('the schema in react-hook-form', () => {
  it("keeps an address's own error beside the list rule when the Addresses step is checked", async () => {
    const values = exampleProvisionCustomerForm();
    values.addresses[0]!.primary = true;
    values.addresses[1]!.street = ' ';
    const { result } = renderWizardForm(values);

    let valid: boolean | undefined;
    await act(async () => {
      valid = await result.current.trigger(stepFieldNames.addresses);
    });

    const errors = result.current.formState.errors;
    expect(valid).toBe(false);
    expect(errors.addresses?.root?.message).toBe('Choose exactly one primary address');
    expect(errors.addresses?.[1]?.street?.message).toBe('Enter the street address');
  });

  it("keeps a contact's own error beside the list rule when the Contacts step is checked", async () => {
    const values = exampleProvisionCustomerForm();
    values.contacts[1]!.roles = ['Primary'];
    values.contacts[2]!.email = 'ZOE@acme.example';
    const { result } = renderWizardForm(values);

    await act(async () => {
      await result.current.trigger(stepFieldNames.contacts);
    });

    const errors = result.current.formState.errors;
    expect(errors.contacts?.root?.message).toBe('Choose exactly one primary contact');
    expect(errors.contacts?.[2]?.email?.message).toBe(
      'Each contact needs a different email address',
    );
  });

  it('shows a list rule alone at the list root', async () => {
    const values = exampleProvisionCustomerForm();
    values.addresses[1]!.primary = false;
    const { result } = renderWizardForm(values);

    await act(async () => {
      await result.current.trigger(stepFieldNames.addresses);
    });

    expect(result.current.formState.errors.addresses?.root?.message).toBe(
      'Choose exactly one primary address',
    );
  });

  it('lets the Company step pass while later steps are still empty', async () => {
    const values = exampleProvisionCustomerForm();
    values.addresses = [];
    values.contacts[0]!.firstName = '';
    const { result } = renderWizardForm(values);

    let valid: boolean | undefined;
    await act(async () => {
      valid = await result.current.trigger(stepFieldNames.company);
    });

    expect(valid).toBe(true);
    expect(result.current.formState.errors).toEqual({});
  });
});
