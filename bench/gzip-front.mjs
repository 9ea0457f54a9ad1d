// What Lighthouse loads (bench/lighthouse.mjs): the bench's server behind gzip, as the site is deployed.
import { createServer, request } from 'node:http';
import { constants, createGzip } from 'node:zlib';

/** Text types GitHub Pages serves gzip-compressed (as the bench computes gzip sizes of them). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

/**
 * A gzip front for the bench's server (scripts/serve-dist.mjs sends bodies raw): the same files and
 * headers, text compressed when the browser accepts gzip, as GitHub Pages serves the site. Without
 * it Lighthouse charges every uncompressed byte to its slow-4G simulation (about 480 KB of text and
 * +1.7 s of LCP on the explore page) and scores a server the site is never deployed on.
 *
 * @param {string} origin e.g. http://127.0.0.1:41234
 */
export async function gzipFront(origin) {
  const target = new URL(origin);
  const server = createServer((req, res) => {
    const upstream = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (up) => {
        const headers = { ...up.headers };
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(String(headers['content-type'] ?? '')) && req.method !== 'HEAD';
        if (!gzip) {
          res.writeHead(up.statusCode ?? 502, headers);
          up.pipe(res);
          return;
        }
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(createGzip({ level: constants.Z_BEST_COMPRESSION })).pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const close = () =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok(undefined));
    });
  return { origin: `http://127.0.0.1:${port}`, close };
}
