/**
 * The baseline: the same job with bare `ws`. A socket sends `{"type":"subscribe","id","conversation"}`
 * and gets `{"type":"ack","id"}`; it joins that conversation's subscriber set. POST /trigger on the
 * same port with `{"conversation","payload"}` broadcasts `payload` (a string, sized like Baton's
 * frame) to the set and answers once it is queued. GET /memory as in server.ts. Prints `{ url, wsUrl, sideUrl }`.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const sets = new Map<string, Set<WebSocket>>();
const http = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      for (let i = 0; i < 3; i++) gc?.();
      res.end(JSON.stringify({ gc: Boolean(gc), ...process.memoryUsage(), cpu: process.cpuUsage() }));
    } else if (req.url === '/trigger') {
      const { conversation, payload } = JSON.parse(Buffer.concat(chunks).toString()) as {
        conversation: string;
        payload: string;
      };
      const set = sets.get(conversation);
      for (const socket of set ?? []) socket.send(payload);
      res.end(JSON.stringify({ sent: set?.size ?? 0 }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
});
const wss = new WebSocketServer({ server: http, path: '/ws' });
wss.on('connection', (socket) => {
  const joined: string[] = [];
  socket.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { type: string; id: string; conversation: string };
    if (msg.type !== 'subscribe') return;
    let set = sets.get(msg.conversation);
    if (!set) sets.set(msg.conversation, (set = new Set()));
    set.add(socket);
    joined.push(msg.conversation);
    socket.send(JSON.stringify({ type: 'ack', id: msg.id }));
  });
  socket.on('close', () => {
    for (const c of joined) sets.get(c)?.delete(socket);
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const address = http.address();
const port = typeof address === 'object' && address ? address.port : 0;
const url = `http://127.0.0.1:${port}`;
console.log(JSON.stringify({ url, wsUrl: `ws://127.0.0.1:${port}/ws`, sideUrl: url }));
const stop = () => {
  for (const c of wss.clients) c.terminate();
  http.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
