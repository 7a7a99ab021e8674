// The answers of a submission as they were sent to Net3 (the wire DTO), section by section:
// the company, each address, each contact, and who created it.
import Typography from '@mui/material/Typography';
import { SummaryList, type SummaryRow } from '../provisioning/steps/summary-list.tsx';

function rowsOf(value: unknown, prefix = ''): SummaryRow[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]): SummaryRow[] => {
    const label = prefix ? `${prefix} ${key}` : key;
    if (item === null || item === '' || item === undefined) return [];
    if (Array.isArray(item)) {
      return item.every((entry) => typeof entry !== 'object')
        ? [{ label, value: item.join(', ') }]
        : [];
    }
    if (typeof item === 'object') return rowsOf(item, label);
    return [{ label, value: String(item) }];
  });
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function SentAnswers({ request }: { request: Record<string, unknown> }) {
  const addresses = list(request.addresses);
  const contacts = list(request.contacts);
  return (
    <>
      <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>
        Company
      </Typography>
      <SummaryList rows={rowsOf(request.customer)} />
      {addresses.map((address, index) => (
        <section key={`address-${index}`}>
          <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>
            Address {index + 1}
          </Typography>
          <SummaryList rows={rowsOf(address)} />
        </section>
      ))}
      {contacts.map((contact, index) => (
        <section key={`contact-${index}`}>
          <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>
            Contact {index + 1}
          </Typography>
          <SummaryList rows={rowsOf(contact)} />
        </section>
      ))}
      {request.createdBy !== undefined && (
        <>
          <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>
            Created by
          </Typography>
          <SummaryList rows={rowsOf(request.createdBy)} />
        </>
      )}
    </>
  );
}
