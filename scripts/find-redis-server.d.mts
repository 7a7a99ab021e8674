// Types for find-redis-server.mjs, which stays plain JS so `npm run test:unit` can run it first.
export function findRedisServer(): string | undefined;
