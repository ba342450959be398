/**
 * A local OpenAI-compatible server (node:http on 127.0.0.1, random port) speaking
 * POST /v1/chat/completions, so tests drive the real `openai` client end to end. Each request is
 * answered by `reply(messages, n)`; requests are recorded for assertions.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';

export interface StubMessage {
  role: string;
  content: string;
}

export interface OpenAiStub {
  baseURL: string;
  client: OpenAI;
  requests: StubMessage[][];
  close(): Promise<void>;
}

export async function startOpenAiStub(reply: (messages: StubMessage[], n: number) => string | { status: number }): Promise<OpenAiStub> {
  const requests: StubMessage[][] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const parsed = JSON.parse(body || '{}') as { model?: string; messages?: StubMessage[] };
      const messages = parsed.messages ?? [];
      requests.push(messages);
      const out = reply(messages, requests.length);
      if (typeof out !== 'string') {
        res.writeHead(out.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'stub failure' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-stub-${requests.length}`,
          object: 'chat.completion',
          created: 0,
          model: parsed.model ?? 'stub',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: out } }],
          usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}/v1`;
  return {
    baseURL,
    client: new OpenAI({ apiKey: 'test-key', baseURL, maxRetries: 0, timeout: 5_000 }),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
