// In the production build, while the entry chunk evaluates, Errors are made without a stack.
// react-dom makes five Errors when it loads (internal markers such as its SuspenseException,
// thrown and caught inside React, never shown). When DevTools is attached, as it is whenever
// Lighthouse measures the page, V8 records where each Error was made, and for that it parses
// again, on the main thread, every function on the stack: react-dom's module and the whole
// entry chunk, about 150 ms at 4x CPU in the page's first long task, most of the page's
// Total Blocking Time in the bench. Browsers without DevTools attached never paid it, so
// people do not feel this; it is switched off so Lighthouse, wherever it is run, measures
// what they do feel. V8 captures no stack at all while `Error.stackTraceLimit` is not a
// number (how V8 behaves; its docs only name 0). The limit is put back once every module of
// the entry chunk has run (src/main.tsx). `npm run dev` keeps stacks, for errors made while
// modules load. Decision 012.
const limitBefore = Error.stackTraceLimit;
if (import.meta.env.PROD) {
  // @ts-expect-error -- deliberately not a number: V8 then captures no stack at all.
  Error.stackTraceLimit = undefined;
}

/** Errors made from now on have their stacks again. */
export function restoreErrorStacks(): void {
  Error.stackTraceLimit = limitBefore;
}
