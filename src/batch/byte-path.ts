import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, sep } from "node:path";
import iconv from "iconv-lite";

/**
 * A file path as its bytes, held in a latin1 string (one char per byte): node:path works on it
 * unchanged (only "/" and "." matter), it can key a Set, and `bytesOf` gives fs the exact bytes, so a
 * name that is not UTF-8 (GBK names are common in Chinese archives) is opened, not "not found".
 */
export type BytePath = string;

export function bytesOf(path: BytePath): Buffer {
  return Buffer.from(path, "latin1");
}

/** The bytes of a path typed as text (the command line, the database). */
export function fromText(path: string): BytePath {
  return Buffer.from(path, "utf8").toString("latin1");
}

const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * A byte path as text: UTF-8 decoded; a name (path component) that is not valid UTF-8 has every
 * byte above 0x7F shown as \xNN (a GBK name is not half-decoded into unrelated characters).
 */
export function displayPath(path: BytePath): string {
  const bytes = bytesOf(path);
  try {
    return strict.decode(bytes);
  } catch {
    return path
      .split("/")
      .map((name) => {
        try {
          return strict.decode(bytesOf(name));
        } catch {
          return name.replace(/[\x80-\xff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
        }
      })
      .join("/");
  }
}

/** Whether the path is valid UTF-8 (then its text is the path itself). */
export function isUtf8(path: BytePath): boolean {
  try {
    strict.decode(bytesOf(path));
    return true;
  } catch {
    return false;
  }
}

/** `path` is `root` or below it (both canonical). */
export function isUnder(path: BytePath, root: BytePath): boolean {
  if (path === root) return true;
  const prefix = root.endsWith(sep) ? root : root + sep;
  return path.startsWith(prefix);
}

/**
 * Worker threads take a path as text, which cannot spell a name that is not UTF-8. Such a file is
 * handed over through a symbolic link in a private temporary folder, named by the name decoded as
 * GBK when that is what it is (so the title and year in the name are still read), else escaped.
 */
export class Aliases {
  private dir: string | undefined;
  private count = 0;

  /** A path the worker can open for `given` (itself when it is UTF-8). */
  path(given: BytePath, real: BytePath): string {
    if (isUtf8(given)) return displayPath(given);
    this.dir ??= mkdtempSync(join(tmpdir(), "yusuan-names-"));
    const folder = join(this.dir, String(this.count++));
    mkdirSync(folder);
    const alias = join(folder, readableName(basename(given)));
    symlinkSync(bytesOf(real), alias);
    return alias;
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

/** A non-UTF-8 file name as text: GBK (GB18030) when it decodes and round-trips, else escaped. */
function readableName(name: BytePath): string {
  const bytes = bytesOf(name);
  const text = iconv.decode(bytes, "gb18030");
  return iconv.encode(text, "gb18030").equals(bytes) && !text.includes("\uFFFD") ? text : displayPath(name).replace(/\\/g, "_");
}
