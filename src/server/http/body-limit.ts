import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from './errors.ts';

const UTF8 = new TextDecoder();

/** The largest JSON body any endpoint accepts: more than any real form, far less than a flood. */
export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, or a `+json` type, with any parameters (`; charset=utf-8`). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * 413 at once when Content-Length announces a body over 64 KB. Chunked bodies carry no length; their
 * bytes are counted as {@link readBodyText} reads them, and reading stops at the limit.
 *
 * 415 for a body that is not declared JSON: every endpoint takes JSON only, and a `text/plain` or form
 * post is what a cross-site HTML form can send without a CORS preflight, so refusing it closes that path
 * whatever the cookie's SameSite does.
 */
export const limitBody: MiddlewareHandler = async (c, next) => {
  const length = c.req.header('content-length');
  if (length !== undefined && Number(length) > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(MAX_BODY_BYTES);
  }
  // Over HTTP/1.1 a body always announces itself by one of the two headers; a test's app.request() may
  // send one without either, so there the web Request says.
  const hasBody =
    (length !== undefined && Number(length) > 0) ||
    c.req.header('transfer-encoding') !== undefined ||
    (nodeIncoming(c) === undefined && length === undefined && c.req.raw.body !== null);
  if (hasBody && !JSON_TYPE.test(c.req.header('content-type') ?? '')) throw new UnsupportedMediaTypeError();
  await next();
};

/**
 * The request body as UTF-8 text, at most {@link MAX_BODY_BYTES} (else 413). Under @hono/node-server it
 * reads the Node request stream directly: going through the web `Request` costs a ReadableStream, a Blob
 * and an undici Request per call, which was a sixth of the CPU of `POST /assess` under load (see
 * bench/README.md). Elsewhere (tests' `app.request`) it reads the web stream, counting the same way.
 */
export async function readBodyText(c: Context): Promise<string> {
  const incoming = nodeIncoming(c);
  const chunks = incoming ? await readNode(incoming) : await readWeb(c.req.raw.body);
  // TextDecoder, like fetch's `text()`, drops a leading byte-order mark (some Windows tools send one).
  return UTF8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
}

function nodeIncoming(c: Context): IncomingMessage | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming = (env as { incoming: unknown }).incoming;
  // Only a stream nobody has started reading: a body already taken through `c.req.raw` is not ours.
  if (typeof incoming !== 'object' || incoming === null || !('readableFlowing' in incoming)) return undefined;
  const stream = incoming as IncomingMessage;
  return stream.readableFlowing === null && !stream.readableEnded ? stream : undefined;
}

/** The client went away before its whole body arrived (nobody will read the answer). */
function cutShort(): ValidationError {
  return new ValidationError('The request body did not arrive in full.', [
    { path: '', message: 'the connection closed mid-body' },
  ]);
}

function readNode(incoming: IncomingMessage): Promise<Buffer[]> {
  // Already gone (closed while the request waited, e.g. for its session lookup): no event will come.
  if (incoming.destroyed) return Promise.reject(cutShort());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('aborted', onAborted);
      incoming.off('close', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        cleanup();
        // The rest is drained (not parsed) by @hono/node-server once the 413 is sent.
        incoming.pause();
        reject(new PayloadTooLargeError(MAX_BODY_BYTES));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onAborted = () => onError(cutShort());
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('aborted', onAborted);
    // 'close' before 'end': the connection went away without an error event.
    incoming.on('close', onAborted);
  });
}

async function readWeb(body: ReadableStream<Uint8Array> | null): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  if (body === null) return chunks;
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new PayloadTooLargeError(MAX_BODY_BYTES);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
}
