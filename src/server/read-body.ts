/** Reading a request body into one buffer, refusing it with INPUT_TOO_LARGE (413) as soon as it passes the limit. */
import { WhosaidError } from '../errors.js';

/** Read the body of a request, at most `maxBytes`; checks Content-Length first, then counts while streaming. */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    throw new WhosaidError('INPUT_TOO_LARGE', `the request body has ${declared} bytes, more than the limit of ${maxBytes}`);
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new WhosaidError('INVALID_INPUT', 'send the body as JSON with Content-Type: application/json');
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
