import type { Message } from "../diagnostics/diagnostic.js";

/**
 * The one message shape as rows of the two tables that hold it (their columns stay: docs/CONTRACT.md).
 * A check's message is a flag: `check` is its ruleId, `figure_ids` the stored ids of its figures.
 */
export const INSERT_FLAG =
  'INSERT INTO flags (document_id, "check", severity, message, expected_fen, actual_fen, figure_ids, page, line, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

export function flagRow(documentId: number, m: Message, figureIds: number[], origin: "document" | "corpus" = "document"): unknown[] {
  return [documentId, m.ruleId, m.severity, m.message, m.expectedFen ?? null, m.actualFen ?? null, JSON.stringify(figureIds), m.place?.page ?? null, m.place?.line ?? null, origin];
}

/** Every other message (extract, recognise, store) is a row of `diagnostics`. */
export const INSERT_DIAGNOSTIC = "INSERT INTO diagnostics (document_id, severity, rule_id, message, page, line) VALUES (?, ?, ?, ?, ?, ?)";

export function diagnosticRow(documentId: number, m: Message): unknown[] {
  return [documentId, m.severity, m.ruleId, m.message, m.place?.page ?? null, m.place?.line ?? null];
}
