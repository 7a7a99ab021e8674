// The duplicate warning (issue 10), loaded when a staff member has typed a customer's name,
// email, phone or Customer ID on Company, and shown again on Review: once the answers settle
// (use-settled-values.ts) it asks the portal's ledger for earlier submissions that look like
// this customer and lists them, each a link to its ledger row with why it matched. It never
// blocks: Next and Submit work whatever it says. A polite live region, apart from the list,
// is told once per new set of matches; the same matches again change nothing in it.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { duplicateCheckFields, type DuplicateCheckValues } from './duplicate-fields.ts';
import { duplicateMatchesQuery, duplicateQueryOf } from './duplicate-matches-query.ts';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { announcementOf } from './duplicate-words.ts';
import { useSettledValues } from './use-settled-values.ts';

type DuplicateCheckProps = {
  control: Control<ProvisionCustomerForm>;
  /** The button the warning sits above, as the announcement names it. */
  before?: 'Next' | 'Submit';
  /**
   * Check what is there at once (Review) rather than after a pause. The Company step's check
   * appears at the first key press, so it waits; a restored draft is checked after the pause.
   */
  startSettled?: boolean;
};
// The defaults are the Company step's, so its static slot passes nothing (first-step bytes).

export function DuplicateCheck({
  control,
  before = 'Next',
  startSettled = false,
}: DuplicateCheckProps) {
  const values = useWatch({ control, name: duplicateCheckFields }).map(
    (value) => value ?? '',
  ) as unknown as DuplicateCheckValues;
  const query = duplicateQueryOf(useSettledValues(values, startSettled));
  const answer = useQuery({ ...duplicateMatchesQuery(query), placeholderData: keepPreviousData });
  // A failed check says nothing: the warning is a help, and Net3 still refuses a real duplicate.
  const matches = query !== null && answer.isSuccess ? answer.data : [];

  return (
    <>
      {matches.length > 0 && <DuplicateWarning matches={matches} />}
      {/* The class, not VisuallyHidden: importing it here split it out of the first step's
          chunk into one of its own (+0.2 kB gzip). */}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcementOf(matches, before)}
      </div>
    </>
  );
}
