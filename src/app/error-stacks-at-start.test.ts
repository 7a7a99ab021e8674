// While the entry chunk loads, Errors are made without a stack (so DevTools, attached when
// Lighthouse measures, has no stack to resolve for react-dom's start-up Errors); afterwards
// they have their stacks as before. The module is imported here, not at the top, so the limit
// before it ran can be read. e2e/prerendered-entry-pages.spec.ts checks the built page's order.
import { afterEach, expect, it } from 'vitest';

const limitBeforeTheModule = Error.stackTraceLimit;

afterEach(() => {
  Error.stackTraceLimit = limitBeforeTheModule;
});

it('makes Errors without a stack from when it loads until restoreErrorStacks(), then as before', async () => {
  const { restoreErrorStacks } = await import('./error-stacks-at-start.ts');
  expect(new Error('made while the entry chunk loads').stack).toBeUndefined();
  restoreErrorStacks();
  expect(Error.stackTraceLimit).toBe(limitBeforeTheModule);
  expect(new Error('made later').stack).toContain('made later');
});
