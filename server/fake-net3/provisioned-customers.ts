// The customers the fake has accepted: what makes a repeated customerId or email a 409.
// With a data file they survive a restart (a demo keeps its customers); the file is
// rewritten whole after every change, through a temporary file so a crash never leaves
// half a file behind. The file holds request bodies only, never headers or keys.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type ProvisionedCustomer = {
  customerId: string;
  n3TLogins_CompanyId: string;
  customerName: string | null;
  email: string | null;
  provisionedAt: string;
  /** The JSON body that was accepted, as received. */
  request: unknown;
};

export type ProvisionedCustomers = {
  list(): readonly ProvisionedCustomer[];
  /** Which existing customer a new one would collide with, customerId first; null when none. */
  findConflict(customerId: string | null, email: string | null): 'customerId' | 'email' | null;
  /** The next free id in the fake's own series: N3-000001, N3-000002, ... */
  nextCustomerId(): string;
  add(customer: ProvisionedCustomer): void;
  clear(): void;
};

type DataFileContent = { provisionedCustomers: ProvisionedCustomer[] };

export function openProvisionedCustomers(dataFile: string | undefined): ProvisionedCustomers {
  const customers: ProvisionedCustomer[] = dataFile ? load(dataFile) : [];

  const save = () => {
    if (!dataFile) return;
    const content: DataFileContent = { provisionedCustomers: customers };
    const temporary = `${dataFile}.${process.pid}.tmp`;
    mkdirSync(dirname(dataFile), { recursive: true });
    writeFileSync(temporary, JSON.stringify(content, null, 2) + '\n');
    renameSync(temporary, dataFile);
  };

  return {
    list: () => customers,
    findConflict(customerId, email) {
      // Compared like SQL Server's default collation would: case and trailing spaces ignored.
      const same = (a: string | null, b: string | null) =>
        a != null &&
        b != null &&
        a.trim() !== '' &&
        a.trim().toLowerCase() === b.trim().toLowerCase();
      if (customers.some((existing) => same(existing.customerId, customerId))) return 'customerId';
      if (customers.some((existing) => same(existing.email, email))) return 'email';
      return null;
    },
    nextCustomerId() {
      for (let number = customers.length + 1; ; number++) {
        const candidate = `N3-${String(number).padStart(6, '0')}`;
        if (this.findConflict(candidate, null) === null) return candidate;
      }
    },
    add(customer) {
      customers.push(customer);
      save();
    },
    clear() {
      customers.length = 0;
      save();
    },
  };
}

function load(dataFile: string): ProvisionedCustomer[] {
  let text: string;
  try {
    text = readFileSync(dataFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let content: Partial<DataFileContent> | null = null;
  try {
    content = JSON.parse(text) as Partial<DataFileContent> | null;
  } catch {
    // Reported below with the file's name rather than as a bare JSON syntax error.
  }
  const list = content?.provisionedCustomers;
  if (!Array.isArray(list)) {
    throw new Error(
      `${dataFile} is not a fake Net3 data file (JSON with a provisionedCustomers list)`,
    );
  }
  return list;
}
