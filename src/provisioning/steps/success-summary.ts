// What the staff success page says about a submission, as data and as plain text: the
// identifiers Net3 returned (its success answer is undocumented, so whatever simple values it
// carries are listed; a Guid written dashed, as its input asks for it) and "Copy summary"'s
// text for an email or a CRM note.
import type { WizardSuccess } from '../audience/wizard-success.ts';
import { formatDashedGuid } from '../contract/servicestack-guid.ts';

export type IdentifierRow = { label: string; value: string };

const knownLabels: Record<string, string> = {
  customerId: 'Customer ID',
  n3TLogins_CompanyId: 'N3T Logins company ID',
  companyId: 'Company ID',
  localId: 'Local ID',
  id: 'ID',
};

// Net3 answers Guids in 32 hex; people type and read them dashed (8-4-4-4-12).
const guidKeys = new Set(['n3TLogins_CompanyId', 'companyId', 'userId']);

/** Simple values of the answer, one level of nesting flattened ("customer.customerId"). */
export function identifierRows(result: Record<string, unknown>, prefix = ''): IdentifierRow[] {
  return Object.entries(result).flatMap(([key, value]): IdentifierRow[] => {
    if (key === 'responseStatus') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const text = String(value).trim();
      if (text === '') return [];
      return [
        {
          label: prefix ? path : (knownLabels[key] ?? key),
          value: guidKeys.has(key) ? formatDashedGuid(text) : text,
        },
      ];
    }
    if (!prefix && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return identifierRows(value as Record<string, unknown>, path);
    }
    return [];
  });
}

function block(heading: string, rows: readonly IdentifierRow[]): string {
  // An answer left empty adds nothing to a note: it is left out of the text.
  const lines = rows.filter((row) => row.value.trim() !== '').map((r) => `${r.label}: ${r.value}`);
  return [heading, ...lines].join('\n');
}

/**
 * The summary as plain text: who was submitted, what Net3 returned, then what was sent,
 * section by section ("Address 2 (primary)" on its own line above its answers).
 */
export function successSummaryText(success: WizardSuccess): string {
  const name = success.sent?.customerName ?? '';
  const blocks = [name ? `Customer submitted to Net3: ${name}` : 'Customer submitted to Net3'];
  const identifiers = identifierRows(success.result);
  if (identifiers.length > 0) blocks.push(block('What Net3 returned', identifiers));
  for (const section of success.sent?.sections ?? []) {
    for (const [index, group] of section.groups.entries()) {
      const heading = group.heading === '' ? section.title : group.heading;
      // A list's title ("Addresses") stands above its first item only.
      const titled = group.heading !== '' && index === 0 ? `${section.title}\n${heading}` : heading;
      blocks.push(block(titled, group.rows));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
