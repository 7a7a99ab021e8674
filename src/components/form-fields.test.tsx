import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { FormCheckbox } from './form-checkbox.tsx';
import { FormCheckboxGroup } from './form-checkbox-group.tsx';
import { FormSelectField } from './form-select-field.tsx';
import { FormTextField } from './form-text-field.tsx';

type TestForm = { name: string; tier: string; agreed: boolean; roles: ('A' | 'B')[] };

/** A form with one field of each kind; `errorOn` puts an error on those fields. */
function TestFields({
  errorOn = [] as (keyof TestForm)[],
  focus,
}: {
  errorOn?: (keyof TestForm)[];
  focus?: keyof TestForm;
}) {
  const form = useForm<TestForm>({
    defaultValues: { name: 'Acme', tier: '', agreed: false, roles: [] },
  });
  useEffect(() => {
    for (const field of errorOn) form.setError(field, { type: 'test', message: `Fix ${field}` });
    if (focus) form.setFocus(focus);
  }, [form, errorOn, focus]);
  return (
    <form>
      <FormTextField
        control={form.control}
        name="name"
        label="Customer name"
        hint="As on the contract"
      />
      <FormSelectField
        control={form.control}
        name="tier"
        label="Pricing tier"
        placeholder="Choose a pricing tier"
        options={[{ value: '1', label: 'List price' }]}
      />
      <FormCheckbox control={form.control} name="agreed" label="Reseller" />
      <FormCheckboxGroup
        control={form.control}
        name="roles"
        legend="Roles"
        options={[
          { value: 'A', label: 'Role A' },
          { value: 'B', label: 'Role B' },
        ]}
      />
    </form>
  );
}

describe('form field adapters', () => {
  it('label the inputs, show the value and describe them by their hint', () => {
    render(<TestFields />);

    const name = screen.getByRole('textbox', { name: 'Customer name' });
    expect(name).toHaveValue('Acme');
    expect(name).toHaveAccessibleDescription('As on the contract');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Pricing tier' })).toHaveValue('');
    expect(screen.getByRole('group', { name: 'Roles' }).tagName).toBe('FIELDSET');
  });

  it('mark invalid fields with aria-invalid and describe them by the error message', () => {
    render(<TestFields errorOn={['name', 'tier', 'agreed', 'roles']} />);

    const name = screen.getByRole('textbox', { name: 'Customer name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('As on the contract Error: Fix name');
    expect(screen.getByRole('combobox', { name: 'Pricing tier' })).toHaveAccessibleDescription(
      'Error: Fix tier',
    );
    expect(screen.getByRole('checkbox', { name: 'Reseller' })).toHaveAccessibleDescription(
      'Error: Fix agreed',
    );
    expect(screen.getByRole('group', { name: 'Roles' })).toHaveAccessibleDescription(
      'Error: Fix roles',
    );
    expect(screen.getByRole('checkbox', { name: 'Role A' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('describe every kind of field by its hint, then its error (one rule)', () => {
    function HintedCheckbox() {
      const form = useForm<TestForm>({ defaultValues: { agreed: false } });
      useEffect(() => form.setError('agreed', { type: 'test', message: 'Fix agreed' }), [form]);
      return (
        <FormCheckbox control={form.control} name="agreed" label="Reseller" hint="If it resells" />
      );
    }
    render(<HintedCheckbox />);

    expect(screen.getByRole('checkbox', { name: 'Reseller' })).toHaveAccessibleDescription(
      'If it resells Error: Fix agreed',
    );
  });

  it('register the input elements so setFocus reaches them', async () => {
    const { unmount } = render(<TestFields focus="tier" />);
    // setFocus focuses on the next tick.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Pricing tier' })).toHaveFocus(),
    );
    unmount();

    render(<TestFields focus="roles" />);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Role A' })).toHaveFocus());
  });

  it('edit the value: text, choice, checkbox and roles in option order', async () => {
    const user = userEvent.setup();
    render(<TestFields />);

    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), ' LLC');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pricing tier' }), 'List price');
    await user.click(screen.getByRole('checkbox', { name: 'Reseller' }));
    await user.click(screen.getByRole('checkbox', { name: 'Role B' }));
    await user.click(screen.getByRole('checkbox', { name: 'Role A' }));

    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Acme LLC');
    expect(screen.getByRole('combobox', { name: 'Pricing tier' })).toHaveValue('1');
    expect(screen.getByRole('checkbox', { name: 'Reseller' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Role A' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Role B' })).toBeChecked();
  });
});
