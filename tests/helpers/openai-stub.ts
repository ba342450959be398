/**
 * A local OpenAI-compatible server (node:http on 127.0.0.1, a free port in 4500–4599) speaking
 * POST /v1/chat/completions, so tests drive the real `openai` client end to end. Each request is
 * answered by `reply(messages, n)`: text content, a tool call ({ tool, args }: the tools
 * protocol), or an HTTP failure; requests (messages) and whole bodies (tools, max_tokens) are
 * recorded for assertions.
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
  bodies: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export type StubReply = string | { status: number } | { tool: string; args: Record<string, unknown> };

/** Where the next stub starts looking: anywhere in the range for the first, then one past the last. */
let nextPort = 4500 + Math.floor(Math.random() * 100);

export async function startOpenAiStub(reply: (messages: StubMessage[], n: number) => StubReply): Promise<OpenAiStub> {
  const requests: StubMessage[][] = [];
  const bodies: Array<Record<string, unknown>> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const parsed = JSON.parse(body || '{}') as { model?: string; messages?: StubMessage[] };
      const messages = parsed.messages ?? [];
      requests.push(messages);
      bodies.push(parsed as Record<string, unknown>);
      const out = reply(messages, requests.length);
      if (typeof out !== 'string' && 'tool' in out) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-stub-${requests.length}`,
            object: 'chat.completion',
            created: 0,
            model: parsed.model ?? 'stub',
            choices: [
              {
                index: 0,
                finish_reason: 'tool_calls',
                message: {
                  role: 'assistant',
                  content: null,
                  tool_calls: [
                    {
                      id: `call_${requests.length}`,
                      type: 'function',
                      function: { name: out.tool, arguments: JSON.stringify(out.args) },
                    },
                  ],
                },
              },
            ],
            usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
          }),
        );
        return;
      }
      if (typeof out !== 'string') {
        res
          .writeHead(out.status, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'stub failure' } }));
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
  // a port of the range test servers may use, never the one the last stub of this process had:
  // fetch keeps connections per origin, and a kept connection to a stub just closed would be
  // handed to the next stub on that port and fail ("other side closed")
  for (let i = 0; ; i++) {
    const port = 4500 + ((nextPort - 4500 + i) % 100);
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (ok) {
      nextPort = 4500 + ((port - 4500 + 1) % 100);
      break;
    }
    if (i >= 99) throw new Error('no free port in 4500-4599 for the OpenAI stub');
  }
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}/v1`;
  return {
    baseURL,
    client: new OpenAI({ apiKey: 'test-key', baseURL, maxRetries: 0, timeout: 5_000 }),
    requests,
    bodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
