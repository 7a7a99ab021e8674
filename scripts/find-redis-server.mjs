// Finds a redis-server binary: REDIS_SERVER_PATH, then PATH, then the usual install places.
// Shared by scripts/ensure-redis.mjs and the tests that start their own redis-server.
import { existsSync } from 'node:fs';
import path from 'node:path';

const usualPlaces = [
  '/usr/bin/redis-server',
  '/usr/local/bin/redis-server',
  '/opt/homebrew/bin/redis-server',
];

export function findRedisServer() {
  const fromEnv = process.env.REDIS_SERVER_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((folder) => path.join(folder, 'redis-server'))
    .find((candidate) => existsSync(candidate));
  return onPath ?? usualPlaces.find((candidate) => existsSync(candidate));
}
