// Types for find-chromium.mjs, which stays plain JS so `npm test` can run it before anything is compiled.
export function findChromium(): string | undefined;
export const chromiumArgs: string[];
