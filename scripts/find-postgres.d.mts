// Types for find-postgres.mjs, which stays plain JS so `npm run test:unit` can run it first.
export function postgresUrlCandidates(): string[];
export function isListening(url: string, timeoutMs?: number): Promise<boolean>;
export function findPostgresBinDir(): string | undefined;
