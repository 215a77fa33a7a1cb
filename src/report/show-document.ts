import { formatMessage, type Severity } from "../diagnostics/diagnostic.js";
import { placeAt, placeNote, placeText } from "../diagnostics/place.js";
import type { Db } from "../store/open-database.js";

type Row = Record<string, unknown>;

export interface ShownDocument {
  document: Row;
  sections: Row[];
  tables: Array<Row & { rows: string[][] }>;
  figures: Row[];
  flags: Row[];
  diagnostics: Row[];
}

/** A document by id, exact path, or path suffix (the latest match). */
export function loadDocument(db: Db, ref: string): ShownDocument | undefined {
  const document = findDocument(db, ref);
  if (!document) return undefined;
  const id = (document as Row).id;
  const sections = db.prepare("SELECT id, parent_id, level, marker, title, page, line FROM sections WHERE document_id = ? ORDER BY id").all(id) as Row[];
  const tables = (db.prepare("SELECT id, section_id, kind, title, unit, page_first, page_last, n_rows, n_cols FROM tables WHERE document_id = ? ORDER BY id").all(id) as Row[]).map((t) => {
    const rows: string[][] = [];
    for (const c of db.prepare("SELECT row, col, text FROM cells WHERE table_id = ? ORDER BY row, col").all(t.id) as Array<{ row: number; col: number; text: string }>) {
      (rows[c.row] ??= [])[c.col] = c.text;
    }
    return { ...t, rows };
  });
  const figures = db.prepare("SELECT id, metric, label, raw, unit, amount_fen, amount_wan, percent, count, page, line, source FROM figures WHERE document_id = ? ORDER BY id").all(id) as Row[];
  const flags = db.prepare('SELECT id, "check", severity, message, figure_ids, page, line FROM flags WHERE document_id = ? ORDER BY id').all(id) as Row[];
  const diagnostics = db.prepare("SELECT severity, rule_id, message, page, line FROM diagnostics WHERE document_id = ? ORDER BY rowid").all(id) as Row[];
  return { document: document as Row, sections, tables, figures, flags, diagnostics };
}

/** More than one document matches a reference; the message names them. */
export class AmbiguousDocument extends Error {}

/**
 * A document by id, exact path, end of path, or (when only one matches) any part of its path, so
 * `yusuan show 规划和自然资源局` finds the one file. Several partial matches: a usage error naming them.
 */
export function findDocument(db: Db, ref: string): Row | undefined {
  if (/^\d+$/.test(ref)) {
    const byId = db.prepare("SELECT * FROM documents WHERE id = ?").get(Number(ref)) as Row | undefined;
    if (byId) return byId;
  }
  const like = (pattern: string) => db.prepare("SELECT * FROM documents WHERE path = ? OR path LIKE ? ESCAPE '\\' ORDER BY id").all(ref, pattern) as Row[];
  const escaped = ref.replace(/[\\%_]/g, (c) => `\\${c}`);
  const exact = db.prepare("SELECT * FROM documents WHERE path = ? ORDER BY id").all(ref) as Row[];
  // One document or a usage error naming the candidates: never a silent pick among several.
  const one = (rows: Row[]) => {
    if (rows.length > 1) {
      const listed = rows.slice(0, 5).map((d) => `${d.id} ${d.path}`).join(", ");
      throw new AmbiguousDocument(`"${ref}" matches ${rows.length} documents: ${listed}${rows.length > 5 ? ", …" : ""} (give the id or more of the path)`);
    }
    return rows[0];
  };
  if (exact.length) return one(exact);
  const bySuffix = like(`%${escaped}`);
  if (bySuffix.length) return one(bySuffix);
  return one(like(`%${escaped}%`));
}

/** " (p.8 l.1)" after a stored flag or diagnostic, unless its message already cites that place. */
function at(row: Row): string {
  const place = placeAt(row.page as number | null, row.line as number | null);
  return place && !String(row.message).includes(`(${placeText(place)}`) ? ` ${placeNote(place)}` : "";
}

export function renderDocumentMarkdown(doc: ShownDocument): string {
  const d = doc.document;
  const out = [`# ${d.title ?? d.path}`, "", `- path: ${d.path}`, `- department: ${d.department ?? ""}`, `- fiscal year: ${d.fiscal_year ?? ""}`, `- kind: ${d.doc_kind}`, `- status: ${d.status}${d.error ? ` (${d.error})` : ""}`, `- pages: ${d.pages}`, ""];
  out.push("## Sections", "");
  for (const s of doc.sections) out.push(`${"  ".repeat(Number(s.level) - 1)}- ${s.marker ? `${s.marker} ` : ""}${s.title}  ${placeNote({ page: Number(s.page), line: Number(s.line) })}`);
  out.push("", "## Tables", "");
  for (const t of doc.tables) {
    out.push(`### ${t.title ?? "(untitled)"} — ${t.kind}${t.unit ? `, 单位：${t.unit}` : ""} ${placeNote({ page: Number(t.page_first), pageLast: Number(t.page_last) })}`, "");
    // A Markdown table: every row as wide as the table, and the |---| row under the first (header) row.
    const width = Math.max(Number(t.n_cols) || 0, ...t.rows.map((r) => (r ?? []).length));
    t.rows.forEach((row, k) => {
      const cells = Array.from({ length: width }, (_, c) => (row?.[c] ?? "").replace(/\n/g, " ").replace(/\|/g, "\\|"));
      out.push(`| ${cells.join(" | ")} |`);
      if (k === 0) out.push(`|${"---|".repeat(width)}`);
    });
    out.push("");
  }
  out.push("## Figures with a metric", "");
  for (const f of doc.figures.filter((f) => f.metric)) out.push(`- ${f.metric} = ${f.amount_wan ?? f.percent ?? f.count} (${f.raw}; “${f.label}”, ${placeText({ page: Number(f.page), line: Number(f.line) })}, ${f.source})`);
  out.push("", `${doc.figures.length} figures in all.`, "");
  if (doc.flags.length) {
    out.push("## Flags", "");
    for (const f of doc.flags) out.push(`- ${f.severity} ${f.check}: ${f.message}${at(f)}`);
  }
  // What extraction could not read and what recognition guessed (a unit, a kind, a year).
  if (doc.diagnostics.length) {
    out.push("", "## Diagnostics", "");
    // path:page:line  severity  message  rule — the command line's one format (diagnostics/diagnostic.ts).
    for (const x of doc.diagnostics) out.push(`- ${formatMessage(String(d.path), { ruleId: String(x.rule_id), severity: x.severity as Severity, message: String(x.message), place: placeAt(x.page as number | null, x.line as number | null) })}`);
  }
  return out.join("\n");
}
