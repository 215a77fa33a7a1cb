import { isAbsolute, join } from "node:path";
import type { Db } from "./open-database.js";

/**
 * Deletes, in one transaction, the documents stored under the given inputs whose paths are not in
 * `present` (their files were deleted or moved). Documents from other inputs are left alone.
 * Returns how many were removed.
 */
export function pruneDocuments(db: Db, inputs: string[], present: ReadonlySet<string>): number {
  const under = inputs.map(prefixMatcher);
  const rows = db.prepare("SELECT id, path FROM documents").all() as Array<{ id: number; path: string }>;
  const remove = db.prepare("DELETE FROM documents WHERE id = ?");
  return db.transaction(() => {
    let n = 0;
    for (const row of rows) {
      if (present.has(row.path) || !under.some((matches) => matches(row.path))) continue;
      remove.run(row.id);
      n++;
    }
    return n;
  })();
}

/** Stored paths are the input joined with the path below it, so compare in join()'s normal form. */
function prefixMatcher(input: string): (path: string) => boolean {
  const prefix = join(input).replace(/\/+$/, "");
  if (prefix === ".") return (path) => !isAbsolute(path) && !path.startsWith("../");
  return (path) => path === prefix || path.startsWith(prefix + "/");
}
