/** Reading a request body into one buffer, refusing it with INPUT_TOO_LARGE (413) as soon as it passes the limit. */
import type { IncomingMessage } from 'node:http';
import { WhosaidError } from '../errors.js';

/** Read a Node request stream directly (much cheaper on the event loop than its Web-stream wrapper), up to `maxBytes`. */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const cleanup = (): void => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        cleanup();
        // Stop reading; the response still goes out, then the connection is closed.
        incoming.pause();
        reject(new WhosaidError('INPUT_TOO_LARGE', `the request body is larger than the limit of ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      const body = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(body);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new WhosaidError('INVALID_INPUT', `the request body could not be read: ${error.message}`));
    };
    const onAborted = (): void => onError(new Error('the client closed the connection'));
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('aborted', onAborted);
  });
}

/** Read the body of a request, at most `maxBytes`; checks Content-Length first, then counts while streaming. Pass the Node request when there is one. */
export async function readBody(request: Request, maxBytes: number, incoming?: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    throw new WhosaidError('INPUT_TOO_LARGE', `the request body has ${declared} bytes, more than the limit of ${maxBytes}`);
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new WhosaidError('INVALID_INPUT', 'send the body as JSON with Content-Type: application/json');
  if (incoming && !incoming.readableDidRead) return readIncoming(incoming, maxBytes);
  if (!request.body) throw new WhosaidError('INVALID_INPUT', 'the request has no body');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new WhosaidError('INPUT_TOO_LARGE', `the request body is larger than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  // A fresh buffer owned by us, so it can be transferred to a worker without copying.
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
