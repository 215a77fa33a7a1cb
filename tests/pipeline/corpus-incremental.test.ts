import { describe, expect, it } from "vitest";
import { corpusChecks, runCorpusChecks } from "../../src/checks/corpus/run-corpus-checks.js";
import { openDatabase, type Db } from "../../src/store/open-database.js";
import { writeDocument } from "../../src/store/write-document.js";
import { corpusExamples } from "../checks/examples/corpus-examples.js";

const stored = (db: Db) => db.prepare("SELECT id, \"check\", message FROM flags WHERE origin = 'corpus' ORDER BY id").all() as Array<{ id: number; check: string; message: string }>;
const fromScratch = (db: Db) => corpusChecks.flatMap((c) => c.run(db)).map((f) => f.message).sort();

describe("the cross-document checks recompute only what a change can affect", () => {
  it("flags as a full run would, then touches only the changed documents' pairs", async () => {
    const db = openDatabase(":memory:");
    for (const e of corpusExamples) for (const doc of e.notOk) writeDocument(db, { ...doc, flags: [] });
    const first = await runCorpusChecks(db);
    expect(first).toMatchObject({ flags: 3, interrupted: false });
    const flags = stored(db);
    expect(flags.map((f) => f.message).sort()).toEqual(fromScratch(db));

    // Nothing changed: nothing is read or written again.
    expect(await runCorpusChecks(db)).toEqual({ flags: 0, documents: 0, interrupted: false });
    expect(stored(db)).toEqual(flags);

    // The unit's figures now fit its department: only that pair is recomputed; the other flags keep their rows.
    const fixed = corpusExamples.find((e) => e.check === "department-vs-unit")!.ok.find((d) => d.document.scope === "unit")!;
    writeDocument(db, { ...fixed, document: { ...fixed.document, path: "unit.pdf" }, flags: [] });
    const second = await runCorpusChecks(db);
    expect(second).toEqual({ flags: 0, documents: 2, interrupted: false });
    expect(stored(db)).toEqual(flags.filter((f) => f.check !== "department-vs-unit"));
    expect(stored(db).map((f) => f.message).sort()).toEqual(fromScratch(db));
    db.close();
  });

  it("stops on Ctrl-C and leaves the changes for the next run", async () => {
    const db = openDatabase(":memory:");
    for (const doc of corpusExamples[0]!.notOk) writeDocument(db, { ...doc, flags: [] });
    const controller = new AbortController();
    controller.abort();
    expect(await runCorpusChecks(db, { signal: controller.signal })).toMatchObject({ interrupted: true });
    expect(stored(db)).toEqual([]);
    expect(await runCorpusChecks(db)).toMatchObject({ flags: 1, interrupted: false });
    db.close();
  });
});
