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

/** "“289家”（第1页第67行）" — how a flag cites a printed figure and its place. */
export function cite(raw: string, page: number, line: number): string {
  return `“${raw}” (p.${page} l.${line})`;
}
