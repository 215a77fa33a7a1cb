import { isUnder, type BytePath } from "../batch/byte-path.js";
import type { Db } from "./open-database.js";
import { noteChange, releaseTwins } from "./write-document.js";

export interface PruneScope {
  /** The canonical paths of this run's inputs: only documents under them are candidates. */
  roots: BytePath[];
  /** The canonical paths (file keys) found in this run, and those recorded as unusable. */
  present: ReadonlySet<BytePath>;
  /** Canonical folders that could not be read: their documents may still exist, so they stay. */
  unreadable: BytePath[];
}

export interface PruneResult {
  removed: number;
  /** Documents left in place because their folder could not be read. */
  keptUnreadable: number;
}

/**
 * Deletes, in one transaction, the documents whose file is under this run's canonical roots and was
 * not found (deleted or moved). Documents ingested from elsewhere (other folders, other working
 * folders) are left alone, and so are those under a folder that could not be read this time (a
 * permission change, an unmounted share). Documents stored before file keys existed are never pruned:
 * which folder their relative path meant is unknown.
 */
export function pruneDocuments(db: Db, scope: PruneScope): PruneResult {
  if (scope.roots.length === 0) return { removed: 0, keptUnreadable: 0 };
  const rows = db.prepare("SELECT id, file_key, sha256, department, fiscal_year, doc_kind FROM documents WHERE file_key IS NOT NULL").all() as Array<{
    id: number;
    sha256: string | null;
    file_key: Buffer;
    department: string | null;
    fiscal_year: number | null;
    doc_kind: string;
  }>;
  const gone: typeof rows = [];
  let keptUnreadable = 0;
  for (const row of rows) {
    const key = row.file_key.toString("latin1");
    if (scope.present.has(key) || !scope.roots.some((root) => isUnder(key, root))) continue;
    if (scope.unreadable.some((folder) => isUnder(key, folder))) keptUnreadable++;
    else gone.push(row);
  }
  const remove = db.prepare("DELETE FROM documents WHERE id = ?");
  db.transaction(() => {
    for (const row of gone) {
      noteChange(db, row);
      remove.run(row.id);
    }
    // Copies recorded only as pointing at a pruned document are read in full next time.
    for (const row of gone) if (row.sha256) releaseTwins(db, row.sha256);
  }).immediate();
  return { removed: gone.length, keptUnreadable };
}
