import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";

export interface FileHash {
  sha256: string;
  /** The first bytes, so a file that fails later can still be recorded with its detected format. */
  head: Buffer;
}

/** Small files are read whole (fewer syscalls); bigger ones are streamed so memory stays flat. */
const STREAM_FROM = 8 * 1024 * 1024;

/**
 * sha256 of a file without parsing it: what decides whether an unchanged file is skipped. Hashing
 * a 200 MB file takes well under a second; parsing it may take minutes.
 */
export async function hashFile(path: string | Buffer, size: number): Promise<FileHash> {
  if (size < STREAM_FROM) {
    const handle = await open(path, "r");
    try {
      const bytes = await handle.readFile();
      return { sha256: createHash("sha256").update(bytes).digest("hex"), head: Buffer.from(bytes.subarray(0, 8)) };
    } finally {
      await handle.close();
    }
  }
  const hash = createHash("sha256");
  let head: Buffer | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const buffer = chunk as Buffer;
    head ??= Buffer.from(buffer.subarray(0, 8));
    hash.update(buffer);
  }
  return { sha256: hash.digest("hex"), head: head ?? Buffer.alloc(0) };
}
