// While the entry chunk evaluates, Errors are made without a stack. react-dom makes five
// Errors when it loads (internal markers such as its SuspenseException, thrown and caught
// inside React, never shown). When DevTools is attached, as it is whenever Lighthouse
// measures the page, V8 records where each Error was made, and for that it parses again, on
// the main thread, every function on the stack: react-dom's module and the whole entry chunk,
// about 150 ms at 4x CPU in the page's first long task, which is most of the page's Total
// Blocking Time in the bench. Browsers without DevTools attached never paid it, so people do
// not feel this; it is switched off so the bench measures what they do feel. A non-number
// `Error.stackTraceLimit` means "capture no stack" (V8's documented behaviour); the limit is
// put back as soon as react-dom has loaded (src/main.tsx, decision 012).
const limitBefore = Error.stackTraceLimit;
// @ts-expect-error -- deliberately not a number: V8 then captures no stack at all.
Error.stackTraceLimit = undefined;

/** Errors made from now on have their stacks again. */
export function restoreErrorStacks(): void {
  Error.stackTraceLimit = limitBefore;
}
