import { says } from "../../domain/statements.js";
import type { Db } from "../../store/open-database.js";
import { printedUnitFen, wan } from "../precision.js";
import type { CorpusCheck, CorpusFlag, CorpusScope } from "./run-corpus-checks.js";
import { citeAt, flag } from "../check.js";

interface Stated {
  documentId: number;
  metric: string;
  levelId: number;
  levelRaw: string;
  levelUnit: string | null;
  levelFen: number;
  changeId: number;
  changeRaw: string;
  changeUnit: string | null;
  changeFen: number;
  changeLabel: string;
  page: number;
  line: number;
  department: string;
  year: number;
  kind: string;
}

/**
 * "支出X万元，与上年相比增加D万元" against last year's document of the same department and kind
 * when it is in the database (DOMAIN §5.7: 人大 2019 +2,432.93 = 18,330.37 − 15,897.44). Budgets
 * may compare with an adjusted 上年预算, so a mismatch is a warning, never an error.
 */
export const yearOverYear: CorpusCheck = {
  id: "year-over-year",
  description: "A stated change against last year does not match last year's document",
  run(db: Db, scope?: CorpusScope): CorpusFlag[] {
    const only = scope?.only;
    const stated = db
      .prepare(
        `SELECT f.document_id AS documentId, f.metric, f.id AS levelId, f.raw AS levelRaw, f.unit AS levelUnit, f.amount_fen AS levelFen,
                c.id AS changeId, c.raw AS changeRaw, c.unit AS changeUnit, c.amount_fen AS changeFen, c.label AS changeLabel,
                c.page, c.line, d.department_key AS department, d.fiscal_year AS year, d.doc_kind AS kind
         FROM ${only ? "json_each(?) s CROSS JOIN figures f ON f.document_id = s.value" : "figures f"} JOIN documents d ON d.id = f.document_id
         JOIN figures c ON c.document_id = f.document_id AND c.id = (
           SELECT MIN(x.id) FROM figures x WHERE x.document_id = f.document_id AND x.id > f.id AND x.context = f.context
             AND x.amount_fen IS NOT NULL AND (x.label LIKE '%上年%增加' OR x.label LIKE '%上年%减少'))
         WHERE f.source = 'text' AND f.metric IS NOT NULL AND f.amount_fen IS NOT NULL AND d.department_key IS NOT NULL AND d.fiscal_year IS NOT NULL`,
      )
      .all(...(only ? [JSON.stringify([...only])] : [])) as Stated[];
    // CROSS JOIN keeps documents the outer loop: found by department_key through its index, then their
    // figures by document (the other order reads every figure of the metric: quadratic in the corpus).
    const previous = db.prepare(
      `SELECT f.id, f.raw, f.unit, f.amount_fen AS fen, d.path FROM documents d CROSS JOIN figures f ON f.document_id = d.id
       WHERE d.department_key = ? AND d.fiscal_year = ? AND d.doc_kind = ? AND f.metric = ? AND f.amount_fen IS NOT NULL
       ORDER BY f.source = 'table' DESC, f.id`,
    );
    const flags: CorpusFlag[] = [];
    for (const s of stated) {
      const prev = previous.all(s.department, s.year - 1, s.kind, s.metric) as Array<{ id: number; raw: string; unit: string | null; fen: number; path: string }>;
      if (!prev.length) continue;
      const sign = says("decrease", s.changeLabel) ? -1 : 1;
      const tol = (p: { raw: string; unit: string | null }) => printedUnitFen(s.levelRaw, s.levelUnit) + printedUnitFen(s.changeRaw, s.changeUnit) + printedUnitFen(p.raw, p.unit);
      if (prev.some((p) => Math.abs(s.levelFen - p.fen - sign * s.changeFen) <= tol(p))) continue;
      const p = prev[0]!;
      const message = `${s.metric} “${s.levelRaw}”, ${s.changeLabel}${citeAt(s.changeRaw, s.page, s.line)}, but ${s.year - 1}'s document ${p.path} prints “${p.raw}”: the change is ${wan(s.levelFen - p.fen)}`;
      const figures = [s.levelId, s.changeId, p.id];
      flags.push({ documentId: s.documentId, ...flag("year-over-year", "warning", message, { page: s.page, line: s.line, figures, expectedFen: s.levelFen - p.fen, actualFen: sign * s.changeFen }) });
    }
    return flags;
  },
};
