import { describe, expect, it } from "vitest";
import {
  AMOUNT_START,
  ARCHIVED_LINE_BREAK,
  ARCHIVE_SEPARATOR,
  ARCHIVE_TITLE_LABEL,
  BLOCK_START,
  BOLD_FONT_NAME,
  CONTENTS_TITLE,
  HEADING_CLASS,
  HEADING_STYLE_NAME,
  LABEL_VALUE_HEADER,
  FLATTENED_TOTAL,
  GLUED_HEADING,
  LAYOUT_EXAMPLES as E,
  NOT_HEADER_LINE,
  PAGE_NUMBER,
  PAGE_NUMBER_SIGN,
  PORTAL_FURNITURE,
  RUN_IN_HEADING,
  SHEET_LABEL_LINE,
  TABLE_NUMBER,
  TABLE_LABEL,
  UNIT_LINE_START,
  TABLE_CAPTION_END,
} from "../../src/domain/layout.js";

/** The examples of src/domain/layout.ts, each run through the matcher it documents. */
describe("page layout and furniture (src/domain/layout.ts)", () => {
  const cases: Array<[string, ReadonlyArray<readonly [string, unknown]>, (x: string) => unknown]> = [
    ["is a page number", E.pageNumbers, (t) => PAGE_NUMBER.test(t)],
    ["says it is a page number", E.pageNumberSigns, (t) => PAGE_NUMBER_SIGN.test(t)],
    ["is a template label", E.tableLabels, (t) => TABLE_LABEL.test(t)],
    ["is a unit line", E.unitLines, (t) => UNIT_LINE_START.test(t)],
    ["is a table's caption", E.tableCaptions, (t) => TABLE_CAPTION_END.test(t)],
    ["starts a block", E.blockStarts, (t) => BLOCK_START.test(t)],
    ["is never a header", E.notHeaderLines, (t) => NOT_HEADER_LINE.test(t)],
    ["separates an archived page", E.archiveSeparators, (t) => ARCHIVE_SEPARATOR.test(t)],
    ["gives the title", E.archiveTitles, (t) => t.replace(ARCHIVE_TITLE_LABEL, "")],
    ["without the portal's furniture", E.portalFurniture, (t) => PORTAL_FURNITURE.reduce((s, re) => s.replace(re, ""), t)],
    ["breaks into", E.archivedLineBreaks, (t) => t.split(ARCHIVED_LINE_BREAK).map((p) => p.trim()).filter(Boolean)],
    ["opens with a run-in heading", E.runInHeadings, (t) => RUN_IN_HEADING.exec(t)?.[1]],
    ["opens with an amount", E.amountStarts, (t) => AMOUNT_START.test(t)],
    ["opens with a glued heading", E.gluedHeadings, (t) => GLUED_HEADING.exec(t)?.[1]],
    ["is a sheet's label line", E.sheetLabelLines, (t) => SHEET_LABEL_LINE.test(t)],
    ["is a table's number", E.tableNumbers, (t) => TABLE_NUMBER.test(t)],
    ["is a bold font", E.boldFontNames, (t) => BOLD_FONT_NAME.test(t)],
    ["is a heading style", E.headingStyleNames, (t) => HEADING_STYLE_NAME.test(t)],
    ["is a heading class of level", E.headingClasses, (t) => { const m = HEADING_CLASS.exec(t); return m ? (m[1] ?? m[2]) : undefined; }],
    ["is a contents page's title", E.contentsTitles, (t) => CONTENTS_TITLE.test(t)],
    ["has a 项目 金额 header", E.labelValueHeaders, (t) => LABEL_VALUE_HEADER.exec(t)?.[0]],
    ["has a flattened 合计 row", E.flattenedTotals, (t) => FLATTENED_TOTAL.exec(t)?.[2]?.trim()],
  ];
  for (const [what, examples, read] of cases) {
    for (const [input, expected] of examples) it(`${input} ${what}: ${JSON.stringify(expected)}`, () => expect(read(input)).toEqual(expected));
  }
});
