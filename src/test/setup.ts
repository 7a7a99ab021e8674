// Shared set-up for browser-code unit tests: jest-dom matchers and a clean DOM per test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setDraftOwner } from '../provisioning/form/draft-storage.ts';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  // The signed-in wizard makes its user the drafts' owner; the next test starts with none.
  setDraftOwner(undefined);
});
