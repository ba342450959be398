/**
 * The driver's client sockets (store.ts tuneSockets): Nagle off, and what one tick writes goes out
 * as one writev. Checked on a plain local TCP server: a socket connected after createDriver writes
 * three chunks in one tick with one _writev call. (The first version wrapped `write` before calling
 * Socket's own connect, which puts the prototype's write back: nothing was ever corked.)
 */
import { createServer, type AddressInfo, Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../src/store/index.js';

describe('driver sockets', () => {
  it('a tick of writes leaves in one writev, with Nagle off', async () => {
    const received: Buffer[] = [];
    const server = createServer((s) => s.on('data', (d: Buffer) => received.push(d)));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo; // listening on a TCP port: the address is an AddressInfo
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      managed: false,
    });
    const socket = new Socket();
    try {
      const noDelay: boolean[] = [];
      const setNoDelay = socket.setNoDelay.bind(socket);
      socket.setNoDelay = (on?: boolean) => (noDelay.push(on ?? true), setNoDelay(on));
      let writev = 0;
      let single = 0;
      const w = socket._writev?.bind(socket);
      const w1 = socket._write.bind(socket);
      socket._writev = (chunks, cb) => (writev++, w?.(chunks, cb));
      socket._write = (chunk, enc, cb) => (single++, w1(chunk, enc, cb));
      await new Promise<void>((done) => socket.connect(port, '127.0.0.1', done));
      for (const part of ['a', 'b', 'c']) socket.write(Buffer.from(part.repeat(1400)));
      await new Promise((r) => setTimeout(r, 50));
      expect(noDelay).toEqual([true]);
      expect({ writev, single }).toEqual({ writev: 1, single: 0 });
      expect(Buffer.concat(received).length).toBe(4200);
    } finally {
      socket.destroy();
      await driver.close();
      await new Promise((done) => server.close(done));
    }
  });
});
