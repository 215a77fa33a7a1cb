import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/extract/docx/extract-docx.js";
import { chineseNumber, formatNumber } from "../../src/extract/docx/format-number.js";
import { checkZip } from "../../src/extract/docx/check-zip.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";
import type { TextBlock } from "../../src/model/document.js";
import { SEED } from "../helpers.js";
import { contentOf, extractFile, FORMATS, SEED_NAME } from "./format-helpers.js";

const seedDocx = join(FORMATS, `${SEED_NAME}.docx`);

describe("the seed as DOCX", () => {
  it("has the same lines and tables (cell texts) as the seed text", async () => {
    const docx = await extractFile(seedDocx);
    const txt = await extractFile(SEED);
    expect(contentOf(docx.blocks)).toEqual(contentOf(txt.blocks));
    expect(docx.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("keeps the 一、 labels Word generates from numbering and the Heading styles as levels", async () => {
    const docx = await extractFile(seedDocx);
    const headings = docx.blocks.filter((b): b is TextBlock => b.type === "text" && b.style?.headingLevel === 1).map((b) => b.text);
    expect(headings[0]).toBe("一、部门职责及机构设置情况");
    expect(headings.map((h) => h.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"]);
  });

  it("is recognised into the same sections as the seed text and the seed HTML", async () => {
    const outline = async (path: string) =>
      recogniseDocument(await extractFile(path), path).sections.map((s) => [s.level, s.marker, s.title]);
    const expected = await outline(SEED);
    expect(await outline(seedDocx)).toEqual(expected);
    expect(await outline(join(FORMATS, `${SEED_NAME}.html`))).toEqual(expected);
  });
});

describe("Word numbering formats", () => {
  it("writes Chinese counting as Word does", () => {
    expect([1, 9, 10, 11, 20, 21, 105].map(chineseNumber)).toEqual(["一", "九", "十", "十一", "二十", "二十一", "一百零五"]);
    expect(formatNumber(3, "decimalEnclosedCircle")).toBe("③");
    expect(formatNumber(2, "bullet")).toBeUndefined();
  });
});

describe("bad DOCX input gives an error diagnostic, never a throw", () => {
  const errorsOf = async (bytes: Buffer) => (await extractDocx(bytes, "bad.docx")).diagnostics.filter((d) => d.severity === "error");

  it("reports random bytes", async () => {
    expect(await errorsOf(Buffer.from("PK this is not really a zip archive"))).toHaveLength(1);
  });

  it("reports a truncated archive", async () => {
    const bytes = readFileSync(seedDocx);
    expect(await errorsOf(bytes.subarray(0, bytes.length / 2))).toHaveLength(1);
  });

  it("reports a zip that is not a Word document", async () => {
    const zip = new JSZip().file("hello.txt", "hello");
    const [error] = await errorsOf(await zip.generateAsync({ type: "nodebuffer" }));
    expect(error?.message).toMatch(/word\/document\.xml/);
  });

  it("refuses a zip bomb before inflating it", async () => {
    const zip = new JSZip().file("word/document.xml", "0".repeat(2_000_000));
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(checkZip(bytes)).toBeUndefined();
    expect(checkZip(bytes, { maxEntries: 10, maxUncompressedBytes: 1_000_000 })).toMatch(/inflates to more than/);
    // A bomb's central directory declares the gigabytes it inflates to.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(3_000_000_000, central + 24);
    const [error] = await errorsOf(bytes);
    expect(error?.message).toMatch(/compression ratio|inflates/);
  });
});
