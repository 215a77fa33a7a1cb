import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract/html/extract-html.js";
import { nestingDepth } from "../../src/extract/html/flatten-deep-html.js";

describe("HTML nested too deeply to parse", () => {
  it("is read as plain text with a warning, quickly, instead of stalling the parser", async () => {
    const depth = 100_000;
    const html = `<html><body><script>document.write("9,999,999万元")</script>${"<div><span>".repeat(depth)}收入总计1&nbsp;万元${"</span></div>".repeat(depth)}</body></html>`;
    // vitest's per-test timeout is the guard against a hang; speed is measured in bench/, not here.
    const doc = await extractHtml(Buffer.from(html), "deep.html");
    expect(doc.blocks.map((b) => (b.type === "text" ? b.text : ""))).toEqual(["收入总计1 万元"]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain("html-deep-nesting");
  });

  it("counts nesting from the tags, ignoring void and self-closed elements", () => {
    expect(nestingDepth("<div><p>a<br>b<img src=x /></p></div>")).toBe(2);
  });
});
