/**
 * The request body limit, on the bytes as they arrive (chunked or not): a declared
 * Content-Length above it is refused before reading, a body that grows past it is refused the
 * moment it does, and nothing more is read from that connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest body /graphql accepts. */
export const maxBodyBytes = 1024 * 1024;

/** How long a refused client gets to read the 413 before its connection is dropped. */
const lingerMs = 2000;

/** The whole body, or null once it is longer than `limit` (reading stops there). */
export function readBody(req: IncomingMessage, limit = maxBodyBytes): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      done();
      req.pause();
      resolve(null);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => onError(new Error('The client closed the connection before sending the whole body'));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/**
 * 413 with a GraphQL error, then the connection closes without reading the rest: the client
 * gets a moment to read the answer (closing a socket with unread data resets it at once).
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify({
    errors: [
      {
        message: `Request body too large (at most ${maxBodyBytes} bytes)`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: maxBodyBytes },
      },
    ],
  });
  res.shouldKeepAlive = false;
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(body);
  const { socket } = req;
  socket.end();
  setTimeout(() => socket.destroy(), lingerMs).unref();
}
