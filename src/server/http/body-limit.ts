import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from './errors.ts';

/** The largest JSON body any endpoint accepts (issue 2). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * 413 for bodies over 64 KB: checks Content-Length, and counts the bytes of chunked bodies as they
 * arrive (hono/body-limit stops reading at the limit).
 */
export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new PayloadTooLargeError(MAX_BODY_BYTES);
  },
});
