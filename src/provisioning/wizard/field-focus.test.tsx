// FieldFocus moves focus once per request: React can remake a request's object when it applies
// an update again (on top of a pending transition's), and a second move would take focus
// from wherever the person has gone since. A new request (a new number) moves it again.
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fieldId } from '../../components/field-id.ts';
import type { FocusRequest } from './wizard-state.ts';
import { FieldFocus } from './field-focus.tsx';

const EMAIL = 'contacts.1.email';
// Stable, as react-hook-form's setFocus is; it finds nothing registered here, so the input
// with the field's id is used.
const setFocus = vi.fn();

function Page({ focus }: { focus: FocusRequest | null }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        Contacts
      </h2>
      <input id={fieldId(EMAIL)} aria-label="Email" />
      <input aria-label="Elsewhere" />
      <FieldFocus focus={focus} setFocus={setFocus} headingRef={headingRef} />
    </>
  );
}

describe('FieldFocus', () => {
  it('focuses the field once per request, not again when the same request comes as a new object', () => {
    const request: FocusRequest = { target: 'field', field: EMAIL, key: 4 };
    const { getByLabelText, rerender } = render(<Page focus={request} />);
    expect(getByLabelText('Email')).toHaveFocus();

    // The person moves on; the same request arrives again, remade.
    getByLabelText('Elsewhere').focus();
    rerender(<Page focus={{ ...request }} />);
    expect(getByLabelText('Elsewhere')).toHaveFocus();

    // A new request (Change pressed again) moves focus again.
    rerender(<Page focus={{ ...request, key: 5 }} />);
    expect(getByLabelText('Email')).toHaveFocus();
  });

  it('leaves focus alone for requests that are not for a field', () => {
    const { getByLabelText, rerender } = render(<Page focus={null} />);
    getByLabelText('Elsewhere').focus();
    rerender(<Page focus={{ target: 'summary', key: 1 }} />);
    expect(getByLabelText('Elsewhere')).toHaveFocus();
  });
});
