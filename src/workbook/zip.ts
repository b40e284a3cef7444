// The zip archive an .xlsx is: its central directory read from the end of the bytes and checked
// against the limits before a single byte is inflated; then one entry at a time, streamed.
import { readStrings } from "../domain/strings";
import type { ReadError } from "./port";
import type { ReadLimits } from "./xlsxLimits";
import type { Inflater } from "./inflate";
import { utf8 } from "./xmlScan";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory states; inflating past it is an error. */
  size: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; error: ReadError };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Every entry by its name in lower case (part names in a package are case-insensitive). */
export function readZipDirectory(data: Uint8Array, limits: ReadLimits): ZipDirectory {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const truncated: ZipDirectory = { ok: false, error: { kind: "corrupt", message: readStrings.truncated } };
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return truncated;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === EOCD64_LOCATOR) {
    const at = safeNumber(view, locator + 8);
    if (at + 56 > data.length || view.getUint32(at, true) !== EOCD64) return truncated;
    count = safeNumber(view, at + 32);
    offset = safeNumber(view, at + 48);
  }
  if (count > limits.zipEntries) return tooLarge(readStrings.tooManyEntries(count, limits.zipEntries));
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) return truncated;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > data.length) return truncated;
    const entry: ZipEntry = {
      name: utf8(data.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    applyZip64(entry, view, p + 46 + nameLength, extraLength);
    total += entry.size;
    if (entry.size > limits.uncompressedBytes || total > limits.uncompressedBytes) {
      return tooLarge(readStrings.unpacksTooLarge(limits.uncompressedBytes));
    }
    entries.set(entry.name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

function tooLarge(message: string): ZipDirectory {
  return { ok: false, error: { kind: "too-large", message } };
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** A 64-bit little-endian size; anything past 2^53 is certainly past every limit. */
function safeNumber(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

/** ZIP64 extra field (id 1): the 64-bit sizes and offset that stand at 0xffffffff in the record. */
function applyZip64(entry: ZipEntry, view: DataView, start: number, length: number): void {
  for (let p = start; p + 4 <= start + length && p + 4 <= view.byteLength;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const take = () => {
        const value = q + 8 <= view.byteLength ? safeNumber(view, q) : Number.MAX_SAFE_INTEGER;
        q += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    p += 4 + size;
  }
}

/** Thrown by inflateEntry when an entry is damaged, encrypted or bigger than the directory said. */
export class ZipEntryError extends Error {
  constructor(readonly error: ReadError) {
    super(error.message);
  }
}

/**
 * Streams an entry's uncompressed bytes to onChunk, never more than the directory states.
 * Throws ZipEntryError (or whatever onChunk throws).
 */
export async function inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
  inflate: Inflater,
  onChunk: (chunk: Uint8Array) => void
): Promise<void> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) {
    throw new ZipEntryError({ kind: "corrupt", message: readStrings.truncated });
  }
  if (entry.flags & 1) throw new ZipEntryError({ kind: "encrypted", message: readStrings.encrypted });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) {
    throw new ZipEntryError({ kind: "corrupt", message: readStrings.truncated });
  }
  const compressed = data.subarray(start, start + entry.compressedSize);
  let produced = 0;
  const counted = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) {
      throw new ZipEntryError({ kind: "too-large", message: readStrings.partOverrun(entry.name) });
    }
    onChunk(chunk);
  };
  if (entry.method === STORED) counted(compressed);
  else if (entry.method === DEFLATED) await inflate(compressed, entry.size, counted);
  else throw new ZipEntryError({ kind: "corrupt", message: readStrings.unknownCompression(entry.name) });
}

/** An entry's bytes whole (for parts that are small by nature, under limits.partBytes). */
export async function entryBytes(
  data: Uint8Array,
  entry: ZipEntry,
  inflate: Inflater,
  limits: ReadLimits
): Promise<Uint8Array> {
  if (entry.size > limits.partBytes) {
    throw new ZipEntryError({ kind: "too-large", message: readStrings.partTooLarge(entry.name, limits.partBytes) });
  }
  const out = new Uint8Array(entry.size);
  let length = 0;
  await inflateEntry(data, entry, inflate, (chunk) => {
    out.set(chunk, length);
    length += chunk.length;
  });
  return length === out.length ? out : out.subarray(0, length);
}
