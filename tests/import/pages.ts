import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const SEED_TEXT_PATH = join(import.meta.dirname, '../fixtures/seed-article.txt');

const PARAGRAPHS = [
  'The river that once flooded the lower fields every spring has shrunk to a chain of warm pools, and the farmers who depend on it are running out of options.',
  '“We have never seen it this bad,” said Tom Reyes, whose family has grown almonds in the valley for four generations. He has already let a third of his orchard go without water.',
  'State officials say the drought, now in its third year, has cost the region more than $2 billion. Groundwater pumping has surged as surface water disappeared.',
  'Some growers are switching to crops that need less water; others are selling their land to solar developers. Neither choice brings back the river.',
];

/** A news article page with Open Graph, `article:` and JSON-LD metadata, navigation and a footer. */
export function articlePage(): string {
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Rivers Run Dry in the Valley | The Example Gazette</title>
<meta property="og:title" content="Rivers Run Dry in the Valley | The Example Gazette">
<meta property="og:site_name" content="The Example Gazette">
<meta property="og:description" content="Farmers face a third year of drought as reservoirs fall to record lows.">
<meta property="article:published_time" content="2023-07-09T06:00:00-07:00">
<meta property="article:section" content="Environment">
<meta property="article:tag" content="Drought">
<meta property="article:tag" content="Agriculture">
<link rel="canonical" href="https://gazette.example/env/rivers-run-dry">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rivers Run Dry in the Valley","author":[{"@type":"Person","name":"Maria Lopez"}],"datePublished":"2023-07-09T06:00:00-07:00","publisher":{"@type":"Organization","name":"The Example Gazette"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/env">Environment</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<main><article>
<h1>Rivers Run Dry in the Valley</h1>
<p class="byline">By Maria Lopez</p>
<figure><img src="river.jpg" alt=""><figcaption>Photo: Jane Smith/Gazette</figcaption></figure>
<p>${PARAGRAPHS[0]}</p>
<p>${PARAGRAPHS[1]}</p>
<h2>A third dry year</h2>
<p>${PARAGRAPHS[2]!.replace('$2 billion', '<a href="/cost">$2 billion</a>')}</p>
<p>${PARAGRAPHS[3]!.replace('solar developers', '<em>solar developers</em>')}</p>
<p>Maria Lopez is an environment correspondent for the Gazette.</p>
</article></main>
<footer><p>© 2023 The Example Gazette. All rights reserved.</p></footer>
</body></html>`;
}

export const ARTICLE_PARAGRAPHS = PARAGRAPHS;

/** A page with navigation and a form but no article. */
export function loginPage(): string {
  return `<!doctype html><html><head><title>Sign in | Example</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Sign in</h1><form><label>Email <input name="e"></label><button>Go</button></form>
<p>Forgot your password?</p></body></html>`;
}

export interface PageServer {
  readonly url: (path: string) => string;
  close(): Promise<void>;
}

/** A local web server on 127.0.0.1 with the pages the import tests fetch. */
export async function startPageServer(): Promise<PageServer> {
  const huge = `<html><body><article>${'<p>Filler words for a page far too large to import. </p>'.repeat(120_000)}</article></body></html>`;
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const send = (status: number, type: string, body: string | Buffer): void => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (path === '/article') send(200, 'text/html; charset=utf-8', articlePage());
    else if (path === '/moved') {
      response.writeHead(301, { location: '/article' });
      response.end();
    } else if (path === '/seed.txt') send(200, 'text/plain; charset=utf-8', readFileSync(SEED_TEXT_PATH));
    else if (path === '/login') send(200, 'text/html', loginPage());
    else if (path === '/huge') send(200, 'text/html', huge);
    else if (path === '/huge-declared') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      response.write('<html>');
    } else if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>The first words arrive, the rest never do');
    } else if (path === '/silent') {
      // Never answers.
    } else if (path === '/empty') send(200, 'text/html', '');
    else if (path === '/image') send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    else if (path === '/nul')
      send(200, 'text/html', Buffer.from('<html>\u0000\u0000\u0001binary</html>', 'latin1'));
    else if (path === '/latin1') {
      const page = articlePage().replace('<meta charset="utf-8">', '').replace('Tom Reyes', 'Tomás Reyes');
      send(200, 'text/html; charset=iso-8859-1', Buffer.from(page.replace(/[“”]/g, '"'), 'latin1'));
    } else send(404, 'text/html', '<html><body><h1>Not found</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
