// In the production build, while the entry chunk loads, Errors are made without a stack (so
// DevTools, attached when Lighthouse measures, has no stack to resolve for react-dom's start-up
// Errors); afterwards they have their stacks as before. The module is imported in each test,
// not at the top, so the limit before it ran can be read and the build mode stubbed.
// e2e/prerendered-entry-pages.spec.ts checks the built page's order.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const limitBeforeTheModule = Error.stackTraceLimit;

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllEnvs();
  Error.stackTraceLimit = limitBeforeTheModule;
});

it('in production, makes Errors without a stack from when it loads until restoreErrorStacks(), then as before', async () => {
  vi.stubEnv('PROD', true);
  const { restoreErrorStacks } = await import('./error-stacks-at-start.ts');
  expect(new Error('made while the entry chunk loads').stack).toBeUndefined();
  restoreErrorStacks();
  expect(Error.stackTraceLimit).toBe(limitBeforeTheModule);
  expect(new Error('made later').stack).toContain('made later');
});

it('in development, leaves stacks on', async () => {
  vi.stubEnv('PROD', false);
  await import('./error-stacks-at-start.ts');
  expect(new Error('made while modules load').stack).toContain('made while modules load');
});
