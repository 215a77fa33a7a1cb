import type { Db } from "../../store/open-database.js";
import { yearOverYear } from "./year-over-year.js";
import { narrativeVsTablesFile } from "./narrative-vs-tables-file.js";
import { departmentVsUnit } from "./department-vs-unit.js";

/** A flag about several documents (year over year, narrative vs tables file); it belongs to the later document. */
export interface CorpusFlag {
  documentId: number;
  check: string;
  severity: "error" | "warning" | "info";
  message: string;
  expectedFen: number | null;
  actualFen: number | null;
  figureIds: number[];
  page: number | null;
  line: number | null;
}

/** A check that reads the whole database after a batch (the per-document ones see one document). */
export interface CorpusCheck {
  id: string;
  description: string;
  run(db: Db): CorpusFlag[];
}

/** Every cross-document check. */
export const corpusChecks: CorpusCheck[] = [yearOverYear, narrativeVsTablesFile, departmentVsUnit];

/**
 * Recomputes the cross-document flags from what is stored now, in one transaction: they depend on
 * which documents are present, so they are replaced as a whole after every batch.
 */
export function runCorpusChecks(db: Db, checks: CorpusCheck[] = corpusChecks): number {
  const insert = db.prepare(
    'INSERT INTO flags (document_id, "check", severity, message, expected_fen, actual_fen, figure_ids, page, line, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, \'corpus\')',
  );
  return db.transaction(() => {
    db.prepare("DELETE FROM flags WHERE origin = 'corpus'").run();
    let n = 0;
    for (const check of checks) {
      for (const f of check.run(db)) {
        insert.run(f.documentId, f.check, f.severity, f.message, f.expectedFen, f.actualFen, JSON.stringify(f.figureIds), f.page, f.line);
        n++;
      }
    }
    return n;
  })();
}
