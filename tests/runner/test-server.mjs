// A wtr plugin that plays a misbehaving data server, so the element base can be tested against
// every fault the contract names. Each route answers under /__fault/.
//
//   /__fault/ok/<fixture>?delay=ms&tag=x   the document from demo/data (delay before headers)
//   /__fault/sequence/<fixture>?steps=ok,500,ok  answers step by step, by how often that URL was asked
//                                           (a step `invalid` answers with a document that fails validation)
//   /__fault/status/<code>                  that HTTP status with a JSON body
//   /__fault/html                           200 with an HTML page instead of JSON
//   /__fault/truncated/<fixture>            half the body, then the connection is cut
//   /__fault/big?mb=n                       a JSON body of n MB streamed without Content-Length
//   /__fault/redirect-loop                  a redirect to itself
//   /__fault/hits?path=/__fault/ok/...      how many times that exact path and query was requested
//   /__fault/reset                          forgets the hit counts
//   /__fault/program?indicators=a|b         the programme fixture with those indicator URLs (an entry written as JSON, `{"src":…}`, as that object)
//   /__csp/<page>.html?tt=1&dup=1           test pages (tests/csp/<page>.html) served with a strict CSP; tt=1 adds
//                                           Trusted Types (policy lit-html), dup=1 the same with 'allow-duplicates'
//   /__copies/<name>/<file>                 dist/<file> (the CDN bundle and its chunks) under any number of URLs,
//                                           so a page can load the library twice as two separate copies
//   /__ssr/page.html?tags=a,b&lang=id&theme=auto&script=hydrate|cdn&width=375
//                                           the plain Node example's page (demo/node-ssr) of those elements,
//                                           rendered by indikator/server from the fixtures (the card's rows read from disk);
//                                           script: none (JavaScript never runs), Lit's hydration support with
//                                           dist/define.js, or the CDN bundle without it
//   /__ssr/react.html?lang=id&client=0        the React example's page (demo/react-ssr) rendered by react-dom/server
//                                           with @lit-labs/ssr-react; its client built by `npm run build:react`
//   /__ssr/svg?widget=trend-line&fixture=x.json&lang=id&width=1200&theme=dark
//                                           indikator/server's renderSvg of a fixture (image/svg+xml)
//   /__ssr/cli?args=render|<fixture>|--widget|gauge  the CLI (dist/server/cli.js) run on those arguments (a
//                                           fixture name is given as its path): { code, stdout, stderr }
//   /__ssr/dom-env?env=happy-dom|jsdom       tests/ssr/dom-env.mjs run in Node with that simulated DOM: its JSON
//   /__ssr/eleventy/index.html              the Eleventy example (demo/eleventy) built once by Eleventy into a
//                                           temporary folder, loading this server's dist/indikator.js
//   /__ssr/adapted.html?format=sdmx-json&file=x.json&select=K=V  a published file from demo/data/formats converted
//                                           by its adapter in Node, then rendered by renderToString (a trend line, en)
//   /__ssr/src.html?delay=ms&script=cdn     a trend line with only `src` and fallback content, rendered by Lit SSR
//                                           itself (renderToString refuses `src`)
//   /demo/nextjs/out/*                      the Next.js example's static export as its files are (nextjsFiles,
//                                           a middleware: this runner's transforms would rewrite Next's chunks)
//   /dist/builder.html?csp=strict&tag=x    the builder page (dist/builder.html) served with the strict CSP header and a
//                                           report-uri; /__csp-report?tag=x lists the violations reported for that tag
//   /__schema/indicator (POST a document)   checked by Ajv against the published schema/indicator.schema.json:
//                                           { valid, errors }
//   /__nochunks/indikator.js                the CDN bundle without its chunk folder (every /__nochunks/cdn/* is a 404),
//                                           as a self-hosted copy made of the one file would be
import { withOrigins } from '../../src/embed/write-embed-page.mjs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
// The real documents the tests read are the demo's own (demo/data, one copy; their READMEs give provenance).
const fixtures = path.join(root, 'demo/data');

const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self'";
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types lit-html";
const TRUSTED_TYPES_DUPLICATES = "; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const dist = path.join(root, 'dist');

async function readFixture(name) {
  const file = path.normalize(path.join(fixtures, name));
  if (!file.startsWith(fixtures)) throw new Error('outside fixtures');
  return readFile(file);
}

/**
 * `&inline=1` on a CSP page: each element of `tags` written in the page's HTML with its document in
 * an inline `<script type="application/json">`, as a host page would (creating that script from
 * JavaScript would be a Trusted Types sink). The card gets the programme fixture, its indicator URLs
 * pointed at this server.
 */
async function inlineElements(searchParams) {
  const tags = (searchParams.get('tags') ?? '').split(',').filter((t) => /^[a-z]+(-[a-z]+)+$/.test(t));
  const fixture = searchParams.get('fixture') ?? 'muba-extreme-poverty.json';
  const parts = [];
  for (const tag of tags) {
    let doc = JSON.parse((await readFixture(tag === 'indikator-program-card' ? 'program-muba-poverty-2025.json' : fixture)).toString('utf8'));
    if (Array.isArray(doc.indicators)) doc = { ...doc, indicators: doc.indicators.map((i) => (typeof i === 'string' ? `/__fault/ok/${i}` : i)) };
    const json = JSON.stringify(doc).replace(/</g, '\\u003c');
    parts.push(`<${tag} data-inline="${tag}"><script type="application/json">${json}</script></${tag}>`);
  }
  return parts.join('\n');
}

/** The Eleventy example built as its README recipe says (`npx @11ty/eleventy --config=…`), once per run. */
let eleventySite;
async function buildEleventy() {
  const out = await mkdtemp(path.join(tmpdir(), 'indikator-eleventy-'));
  const bin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs');
  await run(process.execPath, [bin, '--config=demo/eleventy/eleventy.config.mjs', '--quiet'], {
    cwd: root,
    env: { ...process.env, ELEVENTY_OUTPUT: out, INDIKATOR_LIBRARY_URL: '/dist/indikator.js' },
  });
  return out;
}

const SSR_SCRIPTS = { hydrate: '/tests/ssr/hydrate-client.js', cdn: '/dist/indikator.js' };

/** The plain Node example's page (demo/node-ssr/page.mjs), from the fixtures. */
async function serverPage(searchParams) {
  // Loaded on first use: the other routes need no built server entry.
  const { renderPage } = await import('../../demo/node-ssr/page.mjs');
  return renderPage({
    tags: (searchParams.get('tags') ?? '').split(',').filter(Boolean),
    lang: searchParams.get('lang') ?? 'id',
    theme: searchParams.get('theme') ?? undefined,
    data: pathToFileURL(`${fixtures}/`),
    indicator: searchParams.get('fixture') ?? 'muba-poverty-rate.json',
    script: SSR_SCRIPTS[searchParams.get('script')],
    width: Number(searchParams.get('width')) || undefined,
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain', '.json': 'application/json' };

/** A Koa middleware (before the runner's plugins, so no transform touches them): the Next.js export's files. */
export function nextjsFiles() {
  const out = path.join(root, 'demo/nextjs/out');
  return async function nextjs(context, next) {
    if (!context.path.startsWith('/demo/nextjs/out/')) return next();
    const file = path.normalize(path.join(out, decodeURIComponent(context.path.slice('/demo/nextjs/out/'.length))));
    if (!file.startsWith(out)) {
      context.status = 404;
      return undefined;
    }
    try {
      context.body = await readFile(file);
      context.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      context.set('Cache-Control', 'no-store');
    } catch {
      context.status = 404;
      context.body = 'not built: npm run build:react';
    }
    return undefined;
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function testServerPlugin() {
  const hits = new Map();
  /** CSP violation reports by the page's tag (the builder under the strict CSP). */
  const cspReports = new Map();
  return {
    name: 'indikator-test-server',
    async serve(context) {
      const url = new URL(context.url, 'http://localhost');
      const { pathname, searchParams } = url;
      if (pathname.startsWith('/__fault/')) {
        const key = pathname + url.search;
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
      const delay = Number(searchParams.get('delay') ?? 0);

      if (pathname === '/__fault/hits') {
        return { body: JSON.stringify({ hits: hits.get(searchParams.get('path')) ?? 0 }), type: 'json' };
      }
      if (pathname === '/__fault/reset') {
        hits.clear();
        return { body: '{}', type: 'json' };
      }
      if (pathname === '/dist/embed-with-origins.html') {
        // A publisher's copy of the iframe page, as `npm run embed:page` writes it, for one data origin.
        const html = await readFile(new URL('../../dist/embed.html', import.meta.url), 'utf8');
        context.set('Cache-Control', 'no-store');
        return { body: withOrigins(html, ['https://data.example.go.id']), type: 'html' };
      }
      if (pathname === '/__fault/program') {
        // The programme fixture with its indicators replaced by the given URLs (joined by |).
        const doc = JSON.parse((await readFixture('program-muba-poverty-2025.json')).toString('utf8'));
        const indicators = (searchParams.get('indicators') ?? '')
          .split('|')
          .filter(Boolean)
          .map((e) => (e.startsWith('{') ? JSON.parse(e) : e));
        context.set('Cache-Control', 'no-store');
        return { body: JSON.stringify({ ...doc, indicators }), type: 'json' };
      }
      if (pathname.startsWith('/__fault/ok/')) {
        if (delay) await sleep(delay);
        try {
          const body = await readFixture(decodeURIComponent(pathname.slice('/__fault/ok/'.length)));
          context.set('Cache-Control', 'no-store');
          return { body: body.toString('utf8'), type: pathname.endsWith('.csv') ? 'text/csv' : 'json' };
        } catch {
          return raw(404, {}, '{"error":"no such fixture"}');
        }
      }
      // Koa resets a status set beside a returned body, so faults are written to the raw response.
      const raw = (status, headers = {}, body = '{"error":"fault"}') => {
        context.respond = false;
        context.res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
        context.res.end(body);
        return undefined;
      };
      if (pathname.startsWith('/__fault/sequence/')) {
        // Answers by how often this exact URL was asked: steps=ok,500,ok serves the fixture, then a 500, then the fixture.
        const steps = (searchParams.get('steps') ?? 'ok').split(',');
        const step = steps[Math.min(hits.get(pathname + url.search) - 1, steps.length - 1)];
        // `invalid`: a JSON document that fails validation (a refresh that brings bad data).
        if (step === 'invalid') return { body: JSON.stringify({ schema: 'indikator/indicator@1', id: 'broken', series: 'none' }), type: 'json' };
        if (step !== 'ok') return raw(Number(step));
        const body = await readFixture(decodeURIComponent(pathname.slice('/__fault/sequence/'.length)));
        context.set('Cache-Control', 'no-store');
        return { body: body.toString('utf8'), type: 'json' };
      }
      if (pathname.startsWith('/__fault/status/')) {
        if (delay) await sleep(delay);
        return raw(Number(pathname.split('/').pop()));
      }
      if (pathname === '/__fault/html') {
        return { body: '<!doctype html><title>Not found</title><p>This is a CMS error page.</p>', type: 'html' };
      }
      if (pathname.startsWith('/__fault/truncated/')) {
        const body = await readFixture(decodeURIComponent(pathname.slice('/__fault/truncated/'.length)));
        context.respond = false;
        const res = context.res;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        setTimeout(() => res.destroy(), 20);
        return undefined;
      }
      if (pathname === '/__fault/big') {
        const mb = Number(searchParams.get('mb') ?? 11);
        context.respond = false;
        const res = context.res;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        res.write('{"pad":"');
        const pump = () => {
          while (sent < mb * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('"}');
        };
        res.on('error', () => {});
        pump();
        return undefined;
      }
      if (pathname === '/__fault/redirect-loop') {
        return raw(302, { Location: '/__fault/redirect-loop' }, '');
      }
      if (pathname === '/__ssr/react.html') {
        // In a Node process of its own, as an app's server would be (and React's development
        // build expects a plain console, which this runner's is not).
        const args = [path.join(root, 'demo/react-ssr/server.mjs'), searchParams.get('lang') === 'en' ? 'en' : 'id', '--root=/demo'];
        if (searchParams.get('client') === '0') args.push('--no-client');
        const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
        context.set('Cache-Control', 'no-store');
        return { body: stdout, type: 'html' };
      }
      if (pathname === '/__ssr/svg') {
        const { renderSvg } = await import('../../dist/server/index.js');
        const doc = JSON.parse((await readFixture(searchParams.get('fixture') ?? 'muba-poverty-rate.json')).toString('utf8'));
        const svg = await renderSvg(searchParams.get('widget') ?? 'trend-line', doc, {
          lang: searchParams.get('lang') ?? 'id',
          width: Number(searchParams.get('width')) || undefined,
          theme: searchParams.get('theme') ?? undefined,
        });
        context.set('Cache-Control', 'no-store');
        return { body: svg, type: 'image/svg+xml' };
      }
      if (pathname === '/__ssr/adapted.html') {
        const format = searchParams.get('format') ?? '';
        if (!/^[a-z-]+$/.test(format)) return raw(400);
        const { adapt } = await import(`../../dist/adapters/${format}.js`);
        const { renderToString } = await import('../../dist/server/index.js');
        const message = JSON.parse((await readFixture(`formats/${path.basename(searchParams.get('file') ?? '')}`)).toString('utf8'));
        const [doc] = adapt(message, { select: searchParams.get('select') ?? undefined, source: 'https://publisher.example/data' });
        context.set('Cache-Control', 'no-store');
        return {
          body: `<!doctype html><html lang="en"><body>${await renderToString('indikator-trend-line', doc, { lang: 'en' })}</body></html>`,
          type: 'html',
        };
      }
      if (pathname === '/__ssr/src.html') {
        const [{ render }, { collectResult }, { html }] = await Promise.all([
          import('@lit-labs/ssr'),
          import('@lit-labs/ssr/lib/render-result.js'),
          import('lit'),
          import('../../dist/define.js'),
        ]);
        const src = `/__fault/ok/muba-poverty-rate.json?delay=${Number(searchParams.get('delay')) || 0}&tag=${Math.random()}`;
        const element = await collectResult(
          render(
            html`<indikator-trend-line lang="id" src=${src}><p id="fallback">Kemiskinan turun menjadi 9,97% pada 2025.</p></indikator-trend-line>`,
          ),
        );
        const script = SSR_SCRIPTS[searchParams.get('script')];
        context.set('Cache-Control', 'no-store');
        return {
          body: `<!doctype html><html lang="id"><body>${element}${script ? `<script type="module" src="${script}"></script>` : ''}</body></html>`,
          type: 'html',
        };
      }
      if (pathname === '/__ssr/eleventy/index.html') {
        eleventySite ??= buildEleventy();
        context.set('Cache-Control', 'no-store');
        return { body: await readFile(path.join(await eleventySite, 'index.html'), 'utf8'), type: 'html' };
      }
      if (pathname === '/__ssr/dom-env') {
        const env = searchParams.get('env') === 'jsdom' ? 'jsdom' : 'happy-dom';
        const { stdout } = await run(process.execPath, ['--conditions=browser', path.join(root, 'tests/ssr/dom-env.mjs'), env], {
          maxBuffer: 16 * 1024 * 1024,
        });
        context.set('Cache-Control', 'no-store');
        return { body: stdout, type: 'json' };
      }
      if (pathname === '/__ssr/cli') {
        const args = (searchParams.get('args') ?? '').split('|').map((a) => (/^[\w.-]+\.json$/.test(a) ? path.join(fixtures, a) : a));
        const result = await run(process.execPath, [path.join(root, 'dist/server/cli.js'), ...args], { maxBuffer: 16 * 1024 * 1024 }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
        );
        context.set('Cache-Control', 'no-store');
        return { body: JSON.stringify(result), type: 'json' };
      }
      if (pathname === '/__ssr/page.html') {
        context.set('Cache-Control', 'no-store');
        return { body: await serverPage(searchParams), type: 'html' };
      }
      if (pathname.startsWith('/__csp/')) {
        const name = path.basename(pathname, '.html');
        const trusted = searchParams.get('tt') === '1';
        const duplicates = searchParams.get('dup') === '1';
        let page = await readFile(path.join(root, 'tests/csp', `${name}.html`), 'utf8');
        if (searchParams.get('inline') === '1') page = page.replace('<!-- inline -->', await inlineElements(searchParams));
        context.set('Content-Security-Policy', STRICT_CSP + (duplicates ? TRUSTED_TYPES_DUPLICATES : trusted ? TRUSTED_TYPES : ''));
        return { body: page, type: 'html' };
      }
      if (pathname === '/dist/builder.html' && searchParams.get('csp') === 'strict') {
        const tag = encodeURIComponent(searchParams.get('tag') ?? '');
        context.set('Content-Security-Policy', `${STRICT_CSP}; report-uri /__csp-report?tag=${tag}`);
        context.set('Cache-Control', 'no-store');
        return { body: await readFile(path.join(dist, 'builder.html'), 'utf8'), type: 'html' };
      }
      if (pathname === '/__schema/indicator' && context.method === 'POST') {
        const chunks = [];
        for await (const chunk of context.req) chunks.push(chunk);
        const { default: Ajv } = await import('ajv');
        const schema = JSON.parse(await readFile(path.join(root, 'schema/indicator.schema.json'), 'utf8'));
        const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
        const valid = check(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        return { body: JSON.stringify({ valid, errors: check.errors ?? [] }), type: 'json' };
      }
      if (pathname === '/__csp-report') {
        const tag = searchParams.get('tag') ?? '';
        if (context.method === 'POST') {
          const chunks = [];
          for await (const chunk of context.req) chunks.push(chunk);
          cspReports.set(tag, [...(cspReports.get(tag) ?? []), Buffer.concat(chunks).toString('utf8')]);
          return { body: '{}', type: 'json' };
        }
        return { body: JSON.stringify({ reports: cspReports.get(tag) ?? [] }), type: 'json' };
      }
      if (pathname === '/__nochunks/indikator.js') {
        context.set('Cache-Control', 'no-store');
        return { body: await readFile(path.join(dist, 'indikator.js'), 'utf8'), type: 'js' };
      }
      if (pathname.startsWith('/__nochunks/')) return raw(404, {}, 'not copied');
      if (pathname.startsWith('/__copies/')) {
        // /__copies/<name>/<file>: the same built file under a URL per copy (a module is one instance per URL).
        const file = path.normalize(path.join(dist, decodeURIComponent(pathname.split('/').slice(3).join('/'))));
        if (!file.startsWith(dist + path.sep) || !file.endsWith('.js')) return raw(404, {}, '{"error":"not in dist"}');
        try {
          const body = await readFile(file, 'utf8');
          context.set('Cache-Control', 'no-store');
          return { body, type: 'js' };
        } catch {
          return raw(404, {}, '{"error":"dist/ has no such file: run npm run build"}');
        }
      }
      return undefined;
    },
  };
}
