// Reads react-hook-form's nested errors object as a flat, ordered list of problems:
// [{ path: 'addresses.root', message }, { path: 'addresses.1.city', message }, ...].
// The order follows the page (items in order, fields in the order the step shows them; a
// list's own message first, where the step shows it above the items, or last for the
// addresses, whose rule is answered after them), so the error summary reads top to bottom
// like the form.
import type { FieldError, FieldErrors } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { staffAudienceDescription } from '../audience/staff-audience-description.ts';

export type FormProblem = { path: string; message: string };

/** Field keys in the order each part of the form shows them. */
const fieldOrder: Record<string, readonly string[]> = {
  // Staff are asked every company answer, and their list is in page order.
  customer: staffAudienceDescription.customerInputs,
  address: [
    'street',
    'city',
    'state',
    'postalCode',
    'telephone',
    'extension',
    'email',
    'notes',
    'primary',
  ],
  contact: ['firstName', 'lastName', 'email', 'telephone', 'roles'],
  createdBy: ['firstName', 'lastName', 'email', 'username', 'userId'],
};

const listItemOrder: Record<string, string> = { addresses: 'address', contacts: 'contact' };

/** Lists whose own message is shown after their items ("Which is the primary address?"). */
const rootAfterItems = new Set(['addresses']);

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { message?: unknown }).message === 'string' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

function orderedKeys(value: object, order: readonly string[] = []): string[] {
  const keys = Object.keys(value).filter((key) => key !== 'ref' && key !== 'root');
  const known = order.filter((key) => keys.includes(key));
  const numeric = keys.filter((key) => /^\d+$/.test(key)).sort((a, b) => Number(a) - Number(b));
  const rest = keys.filter((key) => !known.includes(key) && !numeric.includes(key));
  return [...known, ...numeric, ...rest];
}

function collect(value: unknown, path: string, orderKey: string | undefined, into: FormProblem[]) {
  if (typeof value !== 'object' || value === null) return;
  // A list-level rule: at .root (an issue with path 'root') or on the list itself.
  const root = (value as { root?: unknown }).root;
  const listProblems: FormProblem[] = [];
  if (isFieldError(root) && root.message)
    listProblems.push({ path: `${path}.root`, message: root.message });
  if (isFieldError(value) && value.message) listProblems.push({ path, message: value.message });
  const after = rootAfterItems.has(path);
  if (!after) into.push(...listProblems);
  // A list-level error object may also carry item errors under numeric keys.
  const hasItems = !isFieldError(value) || Object.keys(value).some((key) => /^\d+$/.test(key));
  if (hasItems) {
    const itemOrder = listItemOrder[path.split('.').pop() ?? ''];
    for (const key of orderedKeys(value, orderKey ? fieldOrder[orderKey] : undefined)) {
      const child = (value as Record<string, unknown>)[key];
      const isIndex = /^\d+$/.test(key);
      collect(child, `${path}.${key}`, isIndex ? itemOrder : key, into);
    }
  }
  if (after) into.push(...listProblems);
}

/** Every problem under one part of the form ('customer', 'addresses', ...), in page order. */
export function formProblems(
  errors: FieldErrors<ProvisionCustomerForm>,
  section: keyof ProvisionCustomerForm,
): FormProblem[] {
  const problems: FormProblem[] = [];
  collect(errors[section], section, section, problems);
  return problems;
}

/** 'addresses.2.city' -> 'Address 3'; 'contacts.0.email' -> 'Contact 1'; else null. */
export function listItemName(path: string): string | null {
  const match = /^(addresses|contacts)\.(\d+)\./.exec(path);
  if (!match) return null;
  return `${match[1] === 'addresses' ? 'Address' : 'Contact'} ${Number(match[2]) + 1}`;
}
