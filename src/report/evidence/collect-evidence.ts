import { existsSync, readFileSync } from "node:fs";
import { messages, type Lang } from "../../i18n/index.js";
import type { Db } from "../../store/open-database.js";
import type { ReportDocument, ReportFlag } from "../load-report.js";
import { quotesOf, type Evidence, type EvidenceLine, type Quote } from "./evidence.js";

export interface EvidenceOptions {
  lang: Lang;
  /** Total size of the page images; past it a flag gets a note instead of its image. */
  maxBytes: number;
  /** At most this many quoted lines beside one flag. */
  maxLines?: number;
  /** At most this many page crops beside one flag. */
  maxPages?: number;
}

/**
 * The print beside every flag: a crop of the PDF page region holding the numbers it quotes, or
 * the quoted lines of a text, DOCX or HTML source with the figures marked. Reads the PDF files
 * from their stored paths; a file that has moved gets a note, never an error.
 */
export async function collectEvidence(db: Db, docs: ReportDocument[], options: EvidenceOptions): Promise<Map<number, Evidence[]>> {
  const m = messages(options.lang);
  const out = new Map<number, Evidence[]>();
  let bytes = 0;
  let capped = false;
  const lines = lineReader(db);
  const fileOf = filePath(db);
  for (const d of docs) {
    if (!d.flags.length) continue;
    // A flag about something left out (a required table not found) has no printed place to show.
    for (const f of d.flags) if (f.page === null && quotesOfFlag(f).length === 0) out.set(f.id, [{ kind: "note", text: m.evidence.nothingPrinted }]);
    const isPdf = (d.format ?? d.path.split(".").pop()?.toLowerCase()) === "pdf";
    if (!isPdf) {
      for (const f of d.flags) {
        const shown = lines(d.id, quotesOfFlag(f)).slice(0, options.maxLines ?? 8);
        if (shown.length) out.set(f.id, [{ kind: "lines", lines: shown }]);
      }
      continue;
    }
    if (capped) {
      for (const f of d.flags) if (!out.has(f.id)) out.set(f.id, [{ kind: "note", text: m.evidence.capped }]);
      continue;
    }
    const file = fileOf(d);
    if (!file) {
      for (const f of d.flags) if (!out.has(f.id)) out.set(f.id, [{ kind: "note", text: m.evidence.unavailable(m.evidence.fileMissing) }]);
      continue;
    }
    const { openPdfForCrops } = await import("./pdf-crop.js");
    let pdf;
    try {
      pdf = await openPdfForCrops(readFileSync(file));
    } catch (error) {
      for (const f of d.flags) if (!out.has(f.id)) out.set(f.id, [{ kind: "note", text: m.evidence.unavailable((error as Error).message) }]);
      continue;
    }
    try {
      for (const f of d.flags) {
        if (out.has(f.id)) continue;
        if (capped) {
          out.set(f.id, [{ kind: "note", text: m.evidence.capped }]);
          continue;
        }
        const shown: Evidence[] = [];
        for (const page of pagesOf(quotesOfFlag(f), f.page).slice(0, options.maxPages ?? 2)) {
          let crop;
          try {
            crop = pdf.crop(quotesOfFlag(f), page);
          } catch (error) {
            shown.push({ kind: "note", text: m.evidence.unavailable((error as Error).message) });
            continue;
          }
          if (!crop) continue;
          if (bytes + crop.png.length > options.maxBytes) {
            capped = true;
            shown.push({ kind: "note", text: m.evidence.capped });
            break;
          }
          bytes += crop.png.length;
          shown.push({ kind: "image", ...crop });
        }
        if (shown.length) out.set(f.id, shown);
      }
    } finally {
      pdf.close();
    }
  }
  return out;
}

/** Where a document's file is now: its canonical path when stored and present, else the path as given. */
function filePath(db: Db) {
  let real: ((id: number) => string | undefined) | undefined;
  try {
    const statement = db.prepare("SELECT real_path FROM documents WHERE id = ?").pluck();
    real = (id) => (statement.get(id) as string | null | undefined) ?? undefined;
  } catch {
    real = undefined; // a database from before real_path
  }
  return (d: ReportDocument): string | undefined => [real?.(d.id), d.path].find((p): p is string => p !== undefined && existsSync(p));
}

/** The pages a flag's quoted numbers are on, most quoted first (its own page first on a tie, or alone). */
export function pagesOf(quotes: Quote[], own: number | null): number[] {
  const counts = new Map<number, number>();
  for (const q of quotes) counts.set(q.page, (counts.get(q.page) ?? 0) + 1);
  if (!counts.size) return own === null ? [] : [own];
  return [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === own) - Number(a[0] === own) || a[0] - b[0]).map(([page]) => page);
}

/** The printed numbers a flag rests on: those its message quotes with places, and its figures. */
export function quotesOfFlag(f: ReportFlag): Quote[] {
  const quotes = [...quotesOf(f.message), ...f.figures.map((g) => ({ raw: g.raw, page: g.page, line: g.line }))].filter((q) => q.raw.trim());
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.raw}|${q.page}|${q.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The printed line at each quoted place, from what the database holds: the sentence a text figure
 * was read from, or the table row a cell belongs to (its cells joined by │).
 */
function lineReader(db: Db) {
  const sentence = db.prepare(
    "SELECT context FROM figures WHERE document_id = ? AND page = ? AND line = ? AND source = 'text' AND context <> '' ORDER BY length(context) DESC LIMIT 1",
  );
  const cellAt = db.prepare(
    'SELECT c.table_id AS tableId, c."row" AS "row" FROM cells c JOIN tables t ON t.id = c.table_id WHERE t.document_id = ? AND c.page = ? AND c.line = ? ORDER BY c.table_id, c."row" LIMIT 1',
  );
  const rowCells = db.prepare('SELECT text FROM cells WHERE table_id = ? AND "row" = ? ORDER BY col');
  return (documentId: number, quotes: Quote[]): EvidenceLine[] => {
    const places = new Map<string, EvidenceLine>();
    for (const q of quotes) {
      const key = `${q.page}|${q.line}`;
      const known = places.get(key);
      if (known) {
        known.marks.push(q.raw);
        continue;
      }
      let text = (sentence.pluck().get(documentId, q.page, q.line) as string | undefined) ?? "";
      if (!text.includes(q.raw)) {
        const cell = cellAt.get(documentId, q.page, q.line) as { tableId: number; row: number } | undefined;
        if (cell) {
          const cells = (rowCells.pluck().all(cell.tableId, cell.row) as string[]).map((s) => s.replace(/\s+/g, " ").trim());
          text = cells.filter((s, k) => s && s !== cells[k - 1]).join(" │ ");
        }
      }
      if (text) places.set(key, { page: q.page, line: q.line, text, marks: [q.raw] });
    }
    return [...places.values()].sort((a, b) => a.page - b.page || a.line - b.line);
  };
}
