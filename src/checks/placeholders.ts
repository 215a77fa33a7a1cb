import { PLACEHOLDER } from "../domain/statements.js";
import type { FlagRecord } from "../model/records.js";
import { flag, citeAt, type Check } from "./check.js";

/**
 * Template text left unfilled: "XX万元", "××", "增加（减少）", "下降（增长）" are the blanks of the
 * 说明 templates (江苏人大 2018 prints "与上年相比增加（减少）"; 普陀规划局 2024 "下降（增长）27.78%").
 */

export const placeholders: Check = {
  id: "placeholders",
  description: "Unfilled template placeholders (XX, ××, 增加（减少）) are left in the text",
  run(doc) {
    const flags: FlagRecord[] = [];
    for (const s of doc.sections) {
      const found = [...new Set([...s.text.matchAll(PLACEHOLDER)].map((m) => excerpt(s.text, m.index ?? 0, m[0].length)))];
      if (!found.length) continue;
      flags.push(flag("placeholders", "warning", `template placeholder left in ${citeAt(`${s.marker ? `${s.marker}、` : ""}${s.title}`, s.page, s.line)}: ${found.slice(0, 3).map((x) => `“${x}”`).join(", ")}${found.length > 3 ? ` and ${found.length - 3} more` : ""}`, { page: s.page, line: s.line }));
    }
    return flags;
  },
};

function excerpt(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 12), at + length + 8).replace(/\s+/g, " ").trim();
}
