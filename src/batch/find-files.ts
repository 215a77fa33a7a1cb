import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { extname, join, resolve } from "node:path";
import { supportedExtensions } from "./supported-extensions.js";
import { bytesOf, displayPath, isUnder, type BytePath } from "./byte-path.js";

/** One file to ingest: how it was reached (shown) and which file it is (its identity). */
export interface FoundFile {
  /** The input as given joined with the path below it, non-UTF-8 bytes shown as \xNN (documents.path). */
  path: string;
  /** The same path as bytes (a latin1 string): what fs calls open, whatever the name's encoding. */
  given: BytePath;
  /** The canonical real path as bytes: two spellings of one file are one document. */
  real: BytePath;
}

/** Something under the inputs that could not be used, recorded as a failed document. */
export interface Unusable {
  path: string;
  given: BytePath;
  /** The canonical path when it could be worked out, else the absolute path as given. */
  real: BytePath;
  error: string;
}

export interface FoundFiles {
  files: FoundFile[];
  /** Inputs and entries that could not be used, with a readable reason (recorded as failed documents). */
  missing: Unusable[];
  /** The canonical paths of this run's inputs: only documents under them may be pruned. */
  roots: BytePath[];
  /** Canonical folders that could not be read: documents under them are never pruned. */
  unreadable: BytePath[];
  /** Lines for the user about entries left alone on purpose (links out of the inputs). */
  notices: string[];
}

export interface FindOptions {
  /** Walk symbolic links to folders outside the inputs (default: leave them, with a notice). */
  followLinks?: boolean;
}

/**
 * Every supported file under the inputs, in a stable order (sorted per folder by bytes), as the
 * input path joined with the path below it. Names are handled as bytes, so a GBK-encoded name is
 * found and opened like any other. One entry that cannot be read (permissions, a path over the
 * system's limit, a file gone meanwhile) becomes one recorded line and the walk goes on. A file
 * reached twice (two inputs, a symlink) is listed once, under the first spelling. A symlink to a
 * supported file outside the inputs is read (counted in one notice); a symlink to a folder outside the
 * inputs is walked only with `followLinks`; folder loops are cut.
 */
export function findFiles(inputs: string[], options: FindOptions = {}): FoundFiles {
  const found: FoundFiles = { files: [], missing: [], roots: [], unreadable: [], notices: [] };
  let outsideFiles = 0;
  const visited = new Set<BytePath>();
  const seen = new Set<BytePath>();
  const canonical = (path: BytePath): BytePath | undefined => {
    try {
      return realpathSync(bytesOf(path), { encoding: "buffer" }).toString("latin1");
    } catch {
      return undefined;
    }
  };
  const fail = (given: BytePath, error: string, real?: BytePath) =>
    found.missing.push({ path: displayPath(given), given, real: real ?? resolve(given), error });
  const addFile = (given: BytePath, real: BytePath) => {
    if (seen.has(real)) return;
    seen.add(real);
    found.files.push({ path: displayPath(given), given, real });
  };
  const walk = (dir: BytePath, real: BytePath) => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(bytesOf(dir), { encoding: "buffer", withFileTypes: true });
    } catch (error) {
      found.unreadable.push(real);
      fail(dir, `cannot read folder: ${reason(error)}`, real);
      return;
    }
    const names = entries.map((e) => ({ entry: e, name: e.name.toString("latin1") })).sort((a, b) => Buffer.compare(a.entry.name, b.entry.name));
    for (const { entry, name } of names) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      if (entry.isSymbolicLink()) {
        const target = canonical(path);
        if (target === undefined) continue; // a dangling link (or a loop): nothing to read
        if (!options.followLinks && !found.roots.some((root) => isUnder(target, root))) {
          // As os.walk and glob do: a link to a file is read as that file (a folder of links is a
          // common way to gather a corpus), said once in the summary; a link to a folder outside the
          // inputs is not walked.
          if (isSupported(name) && statSync(bytesOf(target), { throwIfNoEntry: false })?.isFile()) {
            outsideFiles++;
            addFile(path, target);
          } else found.notices.push(`${displayPath(path)}  skipped  symbolic link to ${displayPath(target)}, outside the inputs (--follow-links follows it)`);
          continue;
        }
        visit(path, target);
      } else if (entry.isDirectory()) walk(path, join(real, name));
      else if (entry.isFile() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) {
        if (isSupported(name)) addFile(path, join(real, name)); // not a regular file: recorded as such, never read
      } else visit(path, join(real, name)); // unknown type (some network filesystems): ask stat
    }
  };
  const visit = (path: BytePath, real: BytePath) => {
    let stats;
    try {
      stats = statSync(bytesOf(path));
    } catch (error) {
      if (isSupported(path)) fail(path, `cannot read the file: ${reason(error)}`, real);
      return;
    }
    if (stats.isDirectory()) walk(path, real);
    else if (stats.isFile() && isSupported(path)) addFile(path, real);
  };
  const starts: Array<{ given: BytePath; real: BytePath | undefined }> = inputs.map((input) => {
    // "./a.txt" and the "a.txt" a walk of "." finds are one file: spell inputs as the walk does.
    const given = join(Buffer.from(input, "utf8").toString("latin1"));
    return { given, real: canonical(given) };
  });
  for (const s of starts) if (s.real !== undefined) found.roots.push(s.real);
  for (const { given, real } of starts) {
    if (real === undefined) {
      const exists = lstatSync(bytesOf(given), { throwIfNoEntry: false }) !== undefined;
      fail(given, exists ? "cannot resolve the path (a dangling link or a loop)" : "no such file or folder");
      continue;
    }
    let stats;
    try {
      stats = statSync(bytesOf(given));
    } catch (error) {
      fail(given, `cannot read the file: ${reason(error)}`, real);
      continue;
    }
    if (stats.isDirectory()) walk(given, real);
    else addFile(given, real); // named on the command line: read whatever its extension
  }
  if (outsideFiles > 0) found.notices.push(`read ${outsideFiles} file${outsideFiles === 1 ? "" : "s"} through symbolic links to outside the inputs (links to folders outside are walked only with --follow-links)`);
  return found;
}

function isSupported(name: BytePath): boolean {
  return supportedExtensions.includes(extname(name).toLowerCase());
}

/** The first line of an fs error without the path (shown beside it anyway): "permission denied". */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOENT: "no such file",
    ENAMETOOLONG: "path too long",
    ELOOP: "too many symbolic links",
    EIO: "input/output error",
    ENOTDIR: "not a folder",
  };
  return (e.code && known[e.code]) ?? String(e.message ?? error).split("\n")[0]!;
}
