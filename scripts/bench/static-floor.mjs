// The static floor the entry pages are measured against: a hand-written HTML sign-in page
// (heading, two labelled inputs, a button, inline CSS, no JavaScript), served over loopback
// HTTP the way the production server serves the portal's HTML: `cache-control: no-cache`, and
// brotli or gzip when the browser accepts it and the file is 1 KiB or more (the production
// server's threshold). Measured in the same run as the portal, it tells what this machine,
// browser and throttling cost for the least a sign-in page can be; a page's LCP is then given
// as a multiple of the floor's, which the machine's load moves far less than the seconds.
import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

// Close to the portal's sign-in page in what it shows (so the largest paint is of the same
// kind: the heading or the form), in the portal's font stack.
export const STATIC_FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Sign in · Net3 Customer Portal</title>
    <style>
      body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
        color: #1a1a1a; background: #f6f7f9; line-height: 1.5; }
      main { max-width: 28rem; margin: 0 auto; padding: 2rem 1rem; }
      h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
      p { margin: 0 0 1.5rem; color: #444; }
      form { background: #fff; border: 1px solid #c4c4c4; border-radius: 8px; padding: 1.5rem; }
      label { display: block; font-weight: 600; margin: 0 0 0.25rem; }
      input { display: block; box-sizing: border-box; width: 100%; min-height: 2.75rem;
        margin: 0 0 1rem; padding: 0.5rem 0.75rem; font: inherit;
        border: 1px solid #6b6b6b; border-radius: 4px; }
      input:focus-visible, button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
      button { min-height: 2.75rem; padding: 0.5rem 1.5rem; font: inherit; font-weight: 600;
        color: #fff; background: #0b57d0; border: 0; border-radius: 4px; }
    </style>
  </head>
  <body>
    <main>
      <h1>Sign in</h1>
      <p>Net3 Customer Portal, for Net3 staff and resellers.</p>
      <form method="post" action="/">
        <label for="username">Username</label>
        <input id="username" name="username" type="text" autocomplete="username" />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" />
        <button type="submit">Sign in</button>
      </form>
    </main>
  </body>
</html>
`;

const COMPRESS_MIN_BYTES = 1024;

/** The body and content-encoding for a request's Accept-Encoding, best first as the portal does. */
function encodedBodies(html) {
  const plain = Buffer.from(html, 'utf8');
  if (plain.length < COMPRESS_MIN_BYTES) return { plain };
  return {
    plain,
    br: brotliCompressSync(plain, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY },
    }),
    gzip: gzipSync(plain, { level: zlibConstants.Z_BEST_COMPRESSION }),
  };
}

/** Serves the floor page at `/` on a free loopback port; resolves to `{ url, stop }`. */
export async function startStaticFloor() {
  const bodies = encodedBodies(STATIC_FLOOR_HTML);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (request.url !== '/' && !request.url.startsWith('/?')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = ['br', 'gzip'].find(
      (name) => bodies[name] && new RegExp(`\\b${name}\\b`).test(accepts),
    );
    const body = encoding ? bodies[encoding] : bodies.plain;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      'content-length': String(body.length),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}/`, stop, bytes: bodies.plain.length };
}
