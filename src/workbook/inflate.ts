// Inflating a zip entry, streamed: the platform's own inflater where there is one (zlib in the
// CLI, see inflateNode.ts; DecompressionStream in browsers), fflate (MIT) where a browser has none.
// Chunks come out in order; an exception thrown by onChunk stops the inflating and is rethrown.

/**
 * Inflates raw deflate data; `size` is what the zip directory says it inflates to (an inflater may
 * use it to do a small entry in one piece; going past it is caught by the caller).
 */
export type Inflater = (compressed: Uint8Array, size: number, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** Input slice fed to fflate at a time: bounds one output chunk to about a thousand times this. */
const FFLATE_SLICE = 16 * 1024;

/** fflate's streaming inflate, synchronous underneath; loaded only where it is used. */
export const fflateInflater: Inflater = async (compressed, _size, onChunk) => {
  const { Inflate } = await import(/* webpackChunkName: "fflate" */ "fflate");
  const inflater = new Inflate((chunk) => onChunk(chunk));
  if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  for (let i = 0; i < compressed.length; i += FFLATE_SLICE) {
    inflater.push(compressed.subarray(i, i + FFLATE_SLICE), i + FFLATE_SLICE >= compressed.length);
  }
};

/** The browser's DecompressionStream("deflate-raw"). */
export const streamInflater: Inflater = async (compressed, _size, onChunk) => {
  const copy = new Uint8Array(compressed);
  const stream = new Blob([copy]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onChunk(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
};

function hasDeflateRawStream(): boolean {
  try {
    return typeof DecompressionStream === "function" && Boolean(new DecompressionStream("deflate-raw"));
  } catch {
    return false;
  }
}

/** The inflater for where this code runs, when the caller names none (the CLI passes zlib's). */
export function defaultInflater(): Inflater {
  return hasDeflateRawStream() ? streamInflater : fflateInflater;
}
