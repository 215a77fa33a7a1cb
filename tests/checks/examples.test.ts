import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { examples } from "./examples/index.js";

/** Every check with its ok and not-ok example (after remark-lint's one shared rule test). */
describe("each check", () => {
  it("has an example", () => {
    const ids = new Set(examples.map((e) => e.check));
    const covered = checks.map((c) => c.id).filter((id) => ids.has(id));
    expect(covered).toEqual(checks.map((c) => c.id));
  });

  for (const e of examples) {
    const flagsOf = (doc: typeof e.ok) => checks.flatMap((c) => c.run(doc)).filter((f) => f.check === e.check);
    it(`${e.check}: stays silent on consistent numbers`, () => {
      expect(flagsOf(e.ok)).toEqual([]);
    });
    it(`${e.check}: flags the contradiction, quoting ${e.expect.join(" / ")}`, () => {
      const flags = flagsOf(e.notOk);
      expect(flags.some((f) => e.expect.every((s) => f.message.includes(s)))).toBe(true);
      for (const f of flags) for (const i of f.figureIndexes) expect(e.notOk.figures[i]).toBeDefined();
    });
  }
});
