import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { useFormField } from './use-form-field.ts';

type TestForm = { contacts: { email: string }[] };

function useEmailField(hint?: string) {
  const form = useForm<TestForm>({ defaultValues: { contacts: [{ email: 'a@example.com' }] } });
  const emailField = useFormField({ control: form.control, name: 'contacts.0.email', hint });
  return { form, emailField };
}

describe('useFormField', () => {
  it('gives the field its id and value, valid and described by its hint', () => {
    const { result } = renderHook(() => useEmailField('Work address'));
    const { emailField } = result.current;

    expect(emailField.id).toBe('contacts-0-email');
    expect(emailField.field.value).toBe('a@example.com');
    expect(emailField.error).toBeUndefined();
    expect(emailField.invalid).toBe(false);
    expect(emailField.describedBy).toBe('contacts-0-email-hint');
  });

  it('with an error: aria-invalid and described by the hint, then the error', () => {
    const { result } = renderHook(() => useEmailField('Work address'));
    act(() => result.current.form.setError('contacts.0.email', { message: 'Enter an email' }));
    const { emailField } = result.current;

    expect(emailField.error).toBe('Enter an email');
    expect(emailField.invalid).toBe(true);
    expect(emailField.describedBy).toBe('contacts-0-email-hint contacts-0-email-error');
  });

  it('with no hint and no error: no aria-describedby at all', () => {
    const { result } = renderHook(() => useEmailField());
    expect(result.current.emailField.describedBy).toBeUndefined();
  });
});
