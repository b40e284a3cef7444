// SHA-256 for the fingerprint, from @noble/hashes (MIT; audited, synchronous, no dependencies), so
// that it runs alike in the CLI and in the task pane without node:crypto. The engine awaits nothing.
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** The SHA-256 digest of the bytes, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** The SHA-256 digest of the text's UTF-8 bytes. */
export function sha256Utf8(text: string): string {
  return sha256Hex(utf8ToBytes(text));
}
