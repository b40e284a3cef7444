// Node's zlib as an Inflater, for the CLI: native speed. An entry of up to 4 MB is inflated in one
// call on this thread (no hand-offs to zlib's thread pool, which cost more than the inflating on a
// busy machine); a larger one is streamed in 1 MB chunks, so a sheet of any size never sits in
// memory whole.
import * as zlib from "zlib";
import type { Inflater } from "./inflate";

const CHUNK = 1024 * 1024;
const WHOLE = 4 * 1024 * 1024;

export const zlibInflater: Inflater = async (compressed, size, onChunk) => {
  if (size <= WHOLE) {
    let whole: Buffer | undefined;
    try {
      // One byte past the stated size: an entry that inflates further is streamed, and stopped there.
      whole = zlib.inflateRawSync(compressed, { maxOutputLength: size + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE") throw error;
    }
    if (whole) return onChunk(new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength));
  }
  return streamed(compressed, onChunk);
};

function streamed(compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (failed) return;
      try {
        // A plain Uint8Array view: the reader's loops then see one array type, not Buffer and Uint8Array.
        onChunk(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      } catch (error) {
        fail(error);
      }
    });
    inflater.on("error", fail);
    inflater.on("end", () => {
      if (!failed) resolve();
    });
    inflater.end(compressed);
  });
}
