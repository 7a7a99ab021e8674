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

// A step below the page's "What was sent" (h2, the h3 style): smaller, still bold.
const sectionHeading = { mt: 3, mb: 1, fontSize: '1.0625rem', fontWeight: 700 } as const;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function SentAnswers({ request }: { request: Record<string, unknown> }) {
  const addresses = list(request.addresses);
  const contacts = list(request.contacts);
  return (
    <>
      <Typography variant="h3" sx={sectionHeading}>
        Company
      </Typography>
      <SummaryList rows={rowsOf(request.customer)} />
      {addresses.map((address, index) => (
        <section key={`address-${index}`}>
          <Typography variant="h3" sx={sectionHeading}>
            Address {index + 1}
          </Typography>
          <SummaryList rows={rowsOf(address)} />
        </section>
      ))}
      {contacts.map((contact, index) => (
        <section key={`contact-${index}`}>
          <Typography variant="h3" sx={sectionHeading}>
            Contact {index + 1}
          </Typography>
          <SummaryList rows={rowsOf(contact)} />
        </section>
      ))}
      {request.createdBy !== undefined && (
        <>
          <Typography variant="h3" sx={sectionHeading}>
            Created by
          </Typography>
          <SummaryList rows={rowsOf(request.createdBy)} />
        </>
      )}
    </>
  );
}
