// Node's zlib as an Inflater, for the CLI: native speed, streamed in 256 KB chunks so that a
// sheet of any size never sits in memory whole.
import * as zlib from "zlib";
import type { Inflater } from "./inflate";

const CHUNK = 256 * 1024;

export const zlibInflater: Inflater = (compressed, onChunk) =>
  new Promise<void>((resolve, reject) => {
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
