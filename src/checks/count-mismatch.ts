import type { FigureRecord } from "../model/records.js";
import { matchKey } from "../normalise/text.js";
import { citeAt, flag, type Check } from "./check.js";

/**
 * The same count printed twice with different values: "289家事业单位法人" in the text and
 * "281家事业单位法人" in a performance table (the 鹿泉 seed). Two counts are "the same quantity"
 * when they share the unit and at least four characters of what they count.
 */
export const countMismatch: Check = {
  id: "count-mismatch",
  description: "A count (家, 个, 人, 辆 …) of the same thing is printed with different values",
  run(doc) {
    const counts = doc.figures
      .map((f, i) => ({ f, i, noun: matchKey(countedNoun(f.after)) }))
      .filter((x) => x.f.count !== null && x.noun.length >= 4);
    const flags = [];
    const seen = new Set<string>();
    for (let a = 0; a < counts.length; a++) {
      for (let b = a + 1; b < counts.length; b++) {
        const x = counts[a]!;
        const y = counts[b]!;
        if (x.f.unit !== y.f.unit || x.f.count === y.f.count) continue;
        const shared = commonPrefix(x.noun, y.noun);
        if (shared.length < 4) continue;
        const key = `${shared}|${[x.f.count, y.f.count].sort().join("|")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        flags.push(flag(this.id, "warning", `${describe(x.f)} vs ${describe(y.f)}: the number of ${shared} is printed as ${x.f.raw} and as ${y.f.raw}`, { page: y.f.page, line: y.f.line, figures: [x.i, y.i] }));
      }
    }
    return flags;
  },
};

function describe(f: FigureRecord): string {
  return citeAt(`${f.raw}${f.after}`, f.page, f.line) + (f.source === "table" ? " in a table" : " in the text");
}

/** What a count counts: the words right after it, up to a list break ("3辆、特种…" counts nothing nameable). */
function countedNoun(after: string): string {
  return after.split(/[、，,；;。（(]/)[0] ?? "";
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

