// The pure-JS SHA-256 against the FIPS 180-4 / NIST example vectors and against node:crypto.
import { createHash } from "crypto";
import { sha256Hex, sha256Utf8 } from "../../../src/domain/report/sha256";

const nodeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

test("the empty string", () => {
  expect(sha256Utf8("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
});

test('"abc" (one block)', () => {
  expect(sha256Utf8("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("the 448-bit message (padding spills into a second block)", () => {
  expect(sha256Utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
  );
});

test("one million times 'a'", () => {
  expect(sha256Hex(new Uint8Array(1000000).fill(0x61))).toBe(
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
  );
});

test("every length from 0 to 200 bytes matches node:crypto", () => {
  for (let n = 0; n <= 200; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + n * 7) % 256);
    expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
  }
});

test("text is hashed as UTF-8: Swedish letters, a dash and a character outside the BMP", () => {
  const text = "Budgetplan 2024–2026\tB5\t-1828456\nÅÄÖ åäö 𝄞\n";
  expect(sha256Utf8(text)).toBe(nodeSha256(Buffer.from(text, "utf8")));
});
