import type { Message } from "../../diagnostics/diagnostic.js";
import { flagRow, INSERT_FLAG } from "../../store/message-rows.js";
import type { Db } from "../../store/open-database.js";
import { retryAsync, type WaitOptions } from "../../store/wait-for-lock.js";
import { yearOverYear } from "./year-over-year.js";
import { narrativeVsTablesFile } from "./narrative-vs-tables-file.js";
import { departmentVsUnit } from "./department-vs-unit.js";
import { documentIndex, sameBodyIndex, storedDocuments, type SameBodyIndex, type StoredDocument } from "./stored-documents.js";

/**
 * A flag about several documents (year over year, narrative vs tables file): the one message shape,
 * its `figures` the stored figure ids it rests on; it belongs to the later document.
 */
export type CorpusFlag = Message & { documentId: number };

/** What the checks see: every stored document that can be paired, their partner index, and which ones to flag. */
export interface CorpusScope {
  docs: StoredDocument[];
  partners: SameBodyIndex;
  /** Only documents this accepts get flags (the rest keep theirs); undefined: all. */
  only?: ReadonlySet<number>;
}

/** A check that compares stored documents after a batch (the per-document ones see one document). */
export interface CorpusCheck {
  id: string;
  description: string;
  run(db: Db, scope?: CorpusScope): CorpusFlag[];
}

/** Every cross-document check. */
export const corpusChecks: CorpusCheck[] = [yearOverYear, narrativeVsTablesFile, departmentVsUnit];

/** The whole database as one scope (what a check sees when run on its own). */
export function fullScope(db: Db): CorpusScope {
  const docs = storedDocuments(db);
  return { docs, partners: sameBodyIndex(docs) };
}

export interface CorpusRun {
  /** Flags written for the documents recomputed. */
  flags: number;
  /** Documents whose cross-document flags were recomputed. */
  documents: number;
  /** Ctrl-C stopped the checks; the changes stay noted for the next run. */
  interrupted: boolean;
}

export interface CorpusRunOptions {
  signal?: AbortSignal;
  wait?: WaitOptions;
  /** Documents written per transaction (short transactions: other writers are not held up). */
  chunk?: number;
}

/**
 * Recomputes the cross-document flags that the documents changed since the last run can affect:
 * those of the changed documents' bodies in the same year and the next (the pairs a check makes are
 * same body, same kind, same or previous year). corpus_changes says which bodies changed; it is
 * written with every document write and prune, so an interrupted run is finished by the next one.
 * The flags are computed first (reads only), then written in short transactions; Ctrl-C stops
 * between them. An unchanged rerun does nothing.
 */
export async function runCorpusChecks(db: Db, options: CorpusRunOptions = {}, checks: CorpusCheck[] = corpusChecks): Promise<CorpusRun> {
  const changes = db.prepare("SELECT id, department, fiscal_year AS year, doc_kind AS kind FROM corpus_changes ORDER BY id").all() as Array<{ id: number; department: string; year: number; kind: string }>;
  if (changes.length === 0) return { flags: 0, documents: 0, interrupted: false };
  const last = changes[changes.length - 1]!.id;
  const docs = storedDocuments(db);
  const index = documentIndex(docs);
  const partners = sameBodyIndex(docs, index);
  const affected = new Set<number>();
  const done = new Set<string>();
  for (const c of changes) {
    const at = `${c.department}|${c.year}|${c.kind}`;
    if (done.has(at)) continue;
    done.add(at);
    for (const year of [c.year, c.year + 1]) for (const d of index.containing(`${year}|${c.kind}`, c.department)) affected.add(d.id);
  }
  const scope: CorpusScope = { docs, partners, only: affected };
  const flags: CorpusFlag[] = [];
  for (const check of checks) {
    if (options.signal?.aborted) return { flags: 0, documents: 0, interrupted: true };
    for (const f of check.run(db, scope)) flags.push(f);
    await new Promise((r) => setImmediate(r)); // hear Ctrl-C between checks
  }
  const byDocument = new Map<number, CorpusFlag[]>();
  for (const f of flags) (byDocument.get(f.documentId) ?? byDocument.set(f.documentId, []).get(f.documentId)!).push(f);
  const ids = [...affected].sort((a, b) => a - b);
  const insert = db.prepare(INSERT_FLAG);
  const clear = db.prepare("DELETE FROM flags WHERE document_id = ? AND origin = 'corpus'");
  const exists = db.prepare("SELECT 1 FROM documents WHERE id = ?");
  const size = options.chunk ?? 500;
  let written = 0;
  for (let i = 0; i < ids.length || i === 0; i += size) {
    if (options.signal?.aborted) return { flags: written, documents: i, interrupted: true };
    const chunk = ids.slice(i, i + size);
    const finalChunk = i + size >= ids.length;
    written += await retryAsync(
      () =>
        db.transaction(() => {
          let n = 0;
          for (const id of chunk) {
            clear.run(id);
            if (!exists.get(id)) continue; // replaced meanwhile by another run, which noted its own change
            for (const f of byDocument.get(id) ?? []) {
              insert.run(...flagRow(f.documentId, f, f.figures ?? [], "corpus"));
              n++;
            }
          }
          if (finalChunk) db.prepare("DELETE FROM corpus_changes WHERE id <= ?").run(last);
          return n;
        }).immediate(),
      options.wait,
    );
    await new Promise((r) => setImmediate(r));
  }
  return { flags: written, documents: ids.length, interrupted: false };
}
