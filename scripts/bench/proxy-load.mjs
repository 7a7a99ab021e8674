// One autocannon run for the proxy part: POST load on one target, with the latency of every
// response kept (autocannon's own histogram rounds to whole ms).
import autocannon from 'autocannon';
import { percentile } from './bench-figures.mjs';

export async function loadRun({ url, headers, body, connections, seconds }) {
  const latencies = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers,
    body,
    connections,
    duration: seconds,
  });
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
  });
  const result = await instance;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]),
  );
  return {
    requestsPerSecond: result.requests.total / (result.duration || seconds),
    responses: latencies.length,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.reduce((a, b) => Math.max(a, b), 0),
  };
}
