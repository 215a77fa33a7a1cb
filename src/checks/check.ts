import { cite, message, placeAt, type Severity } from "../diagnostics/diagnostic.js";
import type { DocumentRecords, FlagRecord } from "../model/records.js";

/** What a per-document check sees: everything recognised in one document, before it is stored. */
export type CheckInput = Omit<DocumentRecords, "flags">;

/**
 * A consistency check (after remark-lint rules): a tiny module with an id, a one-line description
 * and a pure `run`. Each check has ok / not-ok examples in tests/checks/examples.
 */
export interface Check {
  id: string;
  description: string;
  run(doc: CheckInput): FlagRecord[];
}

/** What a flag rests on: its place (a page and line as the records hold them), figures and amounts. */
export interface FlagParts {
  page?: number | null;
  line?: number | null;
  /** Indexes into the document's figures (doc.figures). */
  figures?: number[];
  expectedFen?: number | null;
  actualFen?: number | null;
}

/**
 * A check's finding in the one message shape (diagnostics/diagnostic.ts): every check emits its
 * flags here. The printed values are read from the message's quotes (`cite`).
 */
export function flag(check: string, severity: Severity, text: string, parts: FlagParts = {}): FlagRecord {
  return message(check, severity, text, { place: placeAt(parts.page, parts.line), figures: parts.figures ?? [], expectedFen: parts.expectedFen, actualFen: parts.actualFen });
}

/** "“289家” (p.1 l.67)" — how a flag cites a printed figure and its place (one format: diagnostics/place.ts). */
export function citeAt(raw: string, page: number | null | undefined, line: number | null | undefined, note?: string): string {
  return cite(raw, placeAt(page, line), note);
}
