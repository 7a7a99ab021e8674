// Shared set-up for browser-code unit tests: jest-dom matchers and a clean DOM per test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setDraftOwner } from '../provisioning/form/draft-storage.ts';

// Later steps and pages load on demand, as in the app: the first test to open one waits for
// its modules to be transformed, which on a busy 2-core CI machine takes longer than the
// library's 1 s default. findBy* and waitFor wait up to 5 s; a test still fails when the
// thing never appears.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  // The signed-in wizard makes its user the drafts' owner; the next test starts with none.
  setDraftOwner(undefined);
});
