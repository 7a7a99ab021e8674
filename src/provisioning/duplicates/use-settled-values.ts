// The answers once the person pauses: the duplicate check must not ask the server on every
// key press. Values settle after 500 ms without a change, or at once when one of the watched
// inputs loses focus (the person has moved on from it).
import { useEffect, useState } from 'react';
import { duplicateCheckFields, type DuplicateCheckValues } from './duplicate-fields.ts';

export const SETTLE_AFTER_MS = 500;

const watchedNames = new Set<string>(duplicateCheckFields);

/** Two lists of answers say the same when every answer does, spaces around them aside. */
export function sameValues(a: DuplicateCheckValues, b: DuplicateCheckValues): boolean {
  return a.every((value, index) => value.trim() === b[index]!.trim());
}

const nothingYet: DuplicateCheckValues = ['', '', '', ''];

/**
 * `startSettled`: what is on screen when the check appears is settled already (a restored
 * draft, the Review step); otherwise the check appeared mid-typing and waits like any change.
 */
export function useSettledValues(
  values: DuplicateCheckValues,
  startSettled: boolean,
): DuplicateCheckValues {
  const [settled, setSettled] = useState(startSettled ? values : nothingYet);
  const pending = !sameValues(values, settled);

  useEffect(() => {
    if (!pending) return;
    const settle = () => setSettled(values);
    const timer = window.setTimeout(settle, SETTLE_AFTER_MS);
    const onFocusOut = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && watchedNames.has(target.name)) settle();
    };
    document.addEventListener('focusout', onFocusOut);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('focusout', onFocusOut);
    };
    // `values` is a new array on every render; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending, ...values]);

  return settled;
}
