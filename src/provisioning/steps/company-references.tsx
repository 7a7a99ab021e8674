// The Company step's references to other systems (Customer ID, parent company, Local ID, N3T
// Logins company ID, sales contact): all optional, and most customers have none, so they sit
// after the required answers behind one "References" button (a disclosure: a button with
// aria-expanded inside the h3, so the heading stays in the page's outline). Closed, they cost a
// rep one Tab instead of five on the way to Next. It opens by itself when one of them holds an
// answer (a restored draft, Change from Review) or gets an error, so nothing is hidden that
// the person must see or correct; the error summary's links then find their fields.
import { useId, useState } from 'react';
import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useFormState, useWatch, type Control } from 'react-hook-form';
import { focusRing } from '../../app/design-tokens.ts';
import { Column } from '../../components/column.tsx';
import { FormTextField } from '../../components/form-text-field.tsx';
import {
  asksForCustomerField,
  type AudienceDescription,
  type CustomerFieldName,
} from '../audience/audience-description.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';

type ReferenceField = {
  name: Extract<
    CustomerFieldName,
    'customerId' | 'parentCompanyId' | 'localId' | 'n3TLogins_CompanyId' | 'salesContact'
  >;
  label: string;
  hint?: string;
  inputMode?: 'numeric';
  spellCheck?: false;
};

/** In the order they are shown (the audience's customerInputs lists them in this order too). */
const referenceFields: readonly ReferenceField[] = [
  {
    name: 'customerId',
    label: 'Customer ID',
    hint: "Letters, digits, '-' and '_' only",
    spellCheck: false,
  },
  { name: 'parentCompanyId', label: 'Parent company ID', spellCheck: false },
  { name: 'localId', label: 'Local ID', hint: 'A whole number', inputMode: 'numeric' },
  {
    name: 'n3TLogins_CompanyId',
    label: 'N3T Logins company ID',
    hint: 'A GUID like 0123abcd-4567-89ab-cdef-0123456789ab',
    spellCheck: false,
  },
  { name: 'salesContact', label: 'Sales contact', spellCheck: false },
];

function referencesAskedOf(audience: AudienceDescription): ReferenceField[] {
  return referenceFields.filter(({ name }) => asksForCustomerField(audience, name));
}

/** Whether the audience is asked any reference at all (a reseller signing up is not). */
export function asksForReferences(audience: AudienceDescription): boolean {
  return referencesAskedOf(audience).length > 0;
}

// The heading's own look (font: inherit), in the link colour, so it reads as something to press.
const Toggle = styled('button')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 8,
  minHeight: 44,
  margin: '0 0 0 -8px',
  padding: '4px 8px',
  border: 0,
  borderRadius: theme.shape.borderRadius,
  background: 'transparent',
  font: 'inherit',
  color: theme.palette.primary.main,
  textAlign: 'left',
  cursor: 'pointer',
  '&:hover': { backgroundColor: theme.palette.action.hover, textDecoration: 'underline' },
  '&:focus-visible': focusRing(),
}));

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0, transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

type CompanyReferencesProps = {
  control: Control<ProvisionCustomerForm>;
  audience: AudienceDescription;
};

export function CompanyReferences({ control, audience }: CompanyReferencesProps) {
  const asked = referencesAskedOf(audience);
  const names = asked.map(({ name }) => `customer.${name}` as const);
  const values = useWatch({ control, name: names });
  const { errors } = useFormState({ control, name: names });
  const hasError = asked.some(({ name }) => errors.customer?.[name] !== undefined);
  const [open, setOpen] = useState(() => values.some((value) => value.trim() !== ''));
  // An error arriving opens the section (while rendering, not in an effect: no closed frame).
  const [errorSeen, setErrorSeen] = useState(hasError);
  if (hasError !== errorSeen) {
    setErrorSeen(hasError);
    if (hasError) setOpen(true);
  }
  const id = useId();
  const contentId = `${id}-content`;
  const hintId = `${id}-hint`;
  // Closed, the button's hint says what is inside: "Customer ID, Parent company ID, ...".
  const inside = asked.map(({ label }) => label).join(', ');
  return (
    <Column spacing={open ? 3 : 0.5}>
      <Typography variant="h3" component="h3">
        <Toggle
          type="button"
          aria-expanded={open}
          aria-controls={contentId}
          aria-describedby={open ? undefined : hintId}
          onClick={() => setOpen((shown) => !shown)}
        >
          <Chevron open={open} />
          References (optional)
        </Toggle>
      </Typography>
      {!open && (
        <Typography id={hintId} variant="body2" sx={{ color: 'text.secondary' }}>
          {inside}
        </Typography>
      )}
      <div id={contentId} hidden={!open}>
        {open && (
          <Column spacing={3}>
            {asked.map(({ name, label, hint, inputMode, spellCheck }) => (
              <FormTextField
                key={name}
                control={control}
                name={`customer.${name}`}
                label={label}
                optional
                hint={hint}
                inputMode={inputMode}
                spellCheck={spellCheck}
              />
            ))}
          </Column>
        )}
      </div>
    </Column>
  );
}
