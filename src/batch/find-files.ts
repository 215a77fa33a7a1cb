import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { supportedExtensions } from "./supported-extensions.js";

export interface FoundFiles {
  files: string[];
  /** Inputs that could not be used, with a readable reason (recorded as failed documents). */
  missing: Array<{ path: string; error: string }>;
}

/**
 * Every supported file under the inputs, in a stable order (sorted per folder), as the input path
 * joined with the path below it. Symlinked folders are followed once: a loop is cut, not followed.
 */
export function findFiles(inputs: string[]): FoundFiles {
  const files: string[] = [];
  const missing: FoundFiles["missing"] = [];
  const visited = new Set<string>();
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      missing.push({ path: dir, error: `cannot read folder: ${(error as Error).message.split("\n")[0]}` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) continue; // dangling link
      }
      if (isDir) walk(path);
      else if (supportedExtensions.includes(extname(name).toLowerCase()) && !seen.has(path)) {
        seen.add(path);
        files.push(path);
      }
    }
  };
  for (const given of inputs) {
    // "./a.txt" and the "a.txt" a walk of "." finds are one file: spell inputs as the walk does.
    const input = join(given);
    const stats = statSync(input, { throwIfNoEntry: false });
    if (!stats) missing.push({ path: given, error: "no such file or folder" });
    else if (stats.isDirectory()) walk(input);
    else if (!seen.has(input)) {
      seen.add(input);
      files.push(input);
    }
  }
  return { files, missing };
}
