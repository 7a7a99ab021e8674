// Test helper for a database that really goes away: a TCP forwarder in front of the test
// PostgreSQL server. The portal connects through it; stop() refuses new connections and cuts
// the open ones (as a crashed or restarting server would), start() lets them through again on
// the same port, so the portal must recover without a restart.
import net from 'node:net';

export type PostgresOutage = {
  /** The PostgreSQL URL, pointed at the forwarder. */
  url: string;
  /** Cuts every connection and refuses new ones. */
  stop(): Promise<void>;
  /** Accepts connections again, on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
};

export async function startPostgresForwarder(postgresUrl: string): Promise<PostgresOutage> {
  const target = new URL(postgresUrl);
  const targetPort = Number(target.port || 5432);
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, target.hostname);
    open.add(client);
    open.add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', cut);
      socket.on('close', cut);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(postgresUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);

  let listening = true;
  async function stop(): Promise<void> {
    if (!listening) return;
    listening = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of open) socket.destroy();
    open.clear();
    await closed;
  }
  return {
    url: url.toString(),
    stop,
    async start() {
      if (listening) return;
      await listen(port);
      listening = true;
    },
    close: stop,
  };
}
