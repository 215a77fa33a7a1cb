import iconv from "iconv-lite";
import jschardet from "jschardet";

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Bytes → string for text-like inputs (.txt, .html without a usable charset). BOMs win; then strict
 * UTF-8; then a detector (jschardet) picks among the legacy encodings, and Chinese legacy text is
 * read as GB18030 (a superset of GBK and GB2312), which is what government sites actually serve.
 * Returns undefined for data that looks binary (NUL bytes outside UTF-16).
 */
export function decodeText(bytes: Buffer, declared?: string): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString("utf8"), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), "utf16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), "utf16be"), encoding: "utf-16be" };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: `${utf16}-no-bom` };
  if (looksBinary(bytes)) return undefined;
  if (declared) {
    const name = normaliseCharset(declared);
    if (name === "utf-8" && isValidUtf8(bytes)) return { text: bytes.toString("utf8"), encoding: "utf-8" };
    if (name !== "utf-8" && iconv.encodingExists(name)) return { text: iconv.decode(bytes, name), encoding: name };
  }
  if (isValidUtf8(bytes)) return { text: bytes.toString("utf8"), encoding: "utf-8" };
  const guess = jschardet.detect(bytes.subarray(0, 64 * 1024));
  const guessed = normaliseCharset(guess.encoding ?? "");
  // jschardet often reports Big5 or windows-125x for short GBK text; Chinese budget files are GB.
  const encoding = guessed === "big5" || guessed === "utf-16le" || guessed === "utf-16be" ? guessed : "gb18030";
  return { text: iconv.decode(bytes, encoding), encoding };
}

function normaliseCharset(name: string): string {
  const n = name.trim().toLowerCase().replace(/^x-/, "");
  if (n === "utf8" || n === "utf-8") return "utf-8";
  if (n === "gbk" || n === "gb2312" || n === "gb18030" || n === "cp936" || n === "euc-cn" || n === "hz-gb-2312") return "gb18030";
  if (n === "big5" || n === "big5-hkscs") return "big5";
  return n;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** NUL bytes (without a UTF-16 BOM) or many control bytes in the first 8 KB: binary, not text. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 27)) control++;
  }
  return control > head.length / 20;
}

/**
 * UTF-16 without a byte-order mark: the NUL bytes of its ASCII characters (digits, punctuation,
 * newlines) sit on one parity. Accepted only when the decoded text is readable — letters, CJK,
 * digits and punctuation, no control characters.
 */
function sniffUtf16(bytes: Buffer): "utf16le" | "utf16be" | undefined {
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (even + odd < 4) return undefined;
  const encoding = even > odd * 9 ? "utf16be" : odd > even * 9 ? "utf16le" : undefined;
  if (!encoding) return undefined;
  const text = iconv.decode(head, encoding);
  const unreadable = [...text].filter((ch) => /[\u0000-\u0008\u000e-\u001f\ufffd\ud800-\udfff]/.test(ch)).length;
  return unreadable <= text.length / 50 ? encoding : undefined;
}
