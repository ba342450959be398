/**
 * The web console (web/, built into web/dist by `npm run build:web`) and an offline GraphiQL,
 * served by the GraphQL server itself: every asset comes from this process, none from a CDN.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { renderGraphiQL as renderOffline } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';
import { PACKAGE_ROOT } from '../paths.js';

/** where `npm run build:web` writes the console (the same from src/ under tsx and from dist/) */
export const CONSOLE_DIR = join(PACKAGE_ROOT, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>控制台尚未构建</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>控制台尚未构建</h1>
<p>请在项目目录运行 <code>npm run build:web</code>（<code>npm start</code> 会自动运行），然后刷新本页。</p>
<p>GraphQL 接口照常可用：<a href="/graphql">/graphql</a></p></body></html>`;

/** GraphiQL with its scripts, styles and editor workers inlined (no CDN). */
export const renderGraphiQL: typeof renderOffline = (opts) =>
  renderOffline({ title: '政府公报知识图谱 · GraphiQL', ...opts });

/** `/` and `/assets/*` of the built console; anything else passes on to GraphQL. */
export function consolePlugin(dir: string = CONSOLE_DIR): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname === '/' || url.pathname === '/index.html' ? '/index.html' : url.pathname;
      if (path !== '/index.html' && !path.startsWith('/assets/') && path !== '/favicon.svg') return;
      const file = resolve(dir, `.${decodeURIComponent(path)}`);
      if (
        file !== resolve(dir, 'index.html') &&
        !file.startsWith(resolve(dir, 'assets') + sep) &&
        file !== resolve(dir, 'favicon.svg')
      )
        return;
      const found = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!found) {
        const status = path === '/index.html' ? 503 : 404;
        endResponse(
          new fetchAPI.Response(status === 503 ? NOT_BUILT : 'not found', {
            status,
            headers: { 'content-type': 'text/html; charset=utf-8' },
          }),
        );
        return;
      }
      const body = await readFile(file);
      const hashed = path.startsWith('/assets/');
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-length': String(body.length),
            // file names under assets/ carry a content hash; index.html must be re-read after a build
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
