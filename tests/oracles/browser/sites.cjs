// Serves built site folders over HTTP on 127.0.0.1 for the browser scripts (their pages'
// policy allows 'self' only, so file:// will not do): /N/path is path in the Nth folder.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.js': 'text/javascript', '.json': 'application/json' };

// Resolves to { server, base }: close the server when done; `${base}/N/page` is a page.
async function serveSites(sites) {
  const server = http.createServer((req, res) => {
    const m = /^\/(\d+)(\/[^?#]*)/.exec(req.url);
    const root = m && sites[Number(m[1])];
    let file = root && path.join(root, decodeURIComponent(m[2]));
    if (file && !file.startsWith(root)) file = null;
    if (file && file.endsWith('/')) file += 'index.html';
    fs.readFile(file || '', (err, body) => {
      if (err) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    });
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

module.exports = { serveSites };
