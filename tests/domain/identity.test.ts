import { describe, expect, it } from "vitest";
import {
  BODY_LABELS,
  CONTENTS_START,
  DATE_EXAMPLES as D,
  KIND_WORDS,
  NAME_FOLDS,
  LEVEL_ENDING,
  MONTHS_AT_END,
  ORGANISATION_EXAMPLES,
  TABLE_TITLE_END,
  TITLE_EXAMPLES,
  YEAR_FORMS,
  chineseYears,
  departmentNames,
  SHORT_NAMES,
  isPrintingDate,
  namesPartOfYear,
} from "../../src/domain/identity.js";
import { foldForMatching } from "../../src/normalise/text.js";
import type { Block } from "../../src/model/document.js";
import { labelledBody, organisation, recogniseMetadata, yearIn } from "../../src/recognise/metadata.js";

/** Lines as a cover: large text before the 目录 (as recognise-document finds it). */
function cover(lines: readonly string[]): { blocks: Block[]; cover: number[] } {
  const tocAt = lines.findIndex((l) => /^目\s*录$/.test(l));
  const blocks: Block[] = lines.map((text, i) => ({ type: "text", text, page: 1, line: i + 1, style: { relativeSize: i < tocAt ? 1.5 : 1 } }));
  return { blocks, cover: tocAt < 0 ? [] : [...Array(tocAt).keys()] };
}

describe("every title example gives the identity it states", () => {
  for (const example of TITLE_EXAMPLES) {
    it(`${example.lines.join("⏎")}: ${example.why}`, () => {
      const { blocks, cover: coverAt } = cover(example.lines);
      const meta = recogniseMetadata(blocks, "a.pdf", undefined, coverAt);
      expect(meta).toMatchObject({ department: example.department, fiscalYear: example.year, docKind: example.kind });
      if (example.scope !== undefined) expect(meta.scope).toBe(example.scope);
    });
  }
});

describe("every label line example names its body, or none", () => {
  for (const entry of BODY_LABELS) {
    for (const [line, body] of entry.examples) {
      it(`${line} → ${body}`, () => expect(labelledBody(line, entry.departmentOnly ? "department" : null)).toBe(body));
    }
  }
  it("a 主管部门 line names the body of a 部门 document only: a unit's is its parent", () => {
    expect(labelledBody("预算主管部门：上海市普陀区司法局", "department")).toBe("上海市普陀区司法局");
    expect(labelledBody("主管部门：某某市教育局", "unit")).toBeNull();
    expect(labelledBody("主管部门：某某市教育局", null)).toBeNull();
  });
});

describe("every kind word example is read as its kind", () => {
  for (const entry of KIND_WORDS) {
    for (const title of entry.examples) {
      it(`${title} → ${entry.kind}`, () => {
        expect(recogniseMetadata([{ type: "text", text: title, page: 1, line: 1 }], "a.pdf").docKind).toBe(entry.kind);
      });
    }
  }
});

describe("every year form example gives its year", () => {
  for (const entry of YEAR_FORMS) {
    for (const [text, year] of entry.examples) it(`${entry.form}: ${text} → ${year}`, () => expect(yearIn(text)).toBe(year));
  }
});

describe("only organisations are departments", () => {
  for (const [name, yes] of ORGANISATION_EXAMPLES) {
    it(`${name} ${yes ? "is" : "is not"} an organisation`, () => expect(organisation(name) !== null).toBe(yes));
  }
  it("drops what part of the body a document covers: （本级）, （汇总）", () => {
    expect(organisation("深圳市交通运输局（本级）")).toBe("深圳市交通运输局");
    expect(organisation("西安市信访局（汇总）")).toBe("西安市信访局");
  });
});

describe("years and dates as titles and covers print them", () => {
  const cases: Array<[string, ReadonlyArray<readonly [string, unknown]>, (x: string) => unknown]> = [
    ["names part of a year", D.partOfYear, (t) => namesPartOfYear(foldForMatching(t))],
    ["is a printing date", D.printingDates, isPrintingDate],
    ["with its years in digits", D.chineseYears, chineseYears],
    ["ends in a month or months", D.monthsAtEnd, (t) => MONTHS_AT_END.test(t)],
    ["is a region's level", D.levelEndings, (t) => LEVEL_ENDING.test(t)],
    ["is a table's title", D.tableTitles, (t) => TABLE_TITLE_END.test(t)],
    ["opens a table of contents", D.contents, (t) => CONTENTS_START.test(t)],
  ];
  for (const [what, examples, read] of cases) {
    for (const [input, expected] of examples) it(`${input} ${what}: ${String(expected)}`, () => expect(read(input)).toEqual(expected));
  }
});

describe("the names one body is printed under fold to one key", () => {
  for (const fold of NAME_FOLDS) {
    for (const [name, folded] of fold.examples) it(`${name} → ${folded}`, () => expect(name.replace(fold.from, fold.to)).toBe(folded));
  }
});

describe("how a sentence shortens the department's name (SHORT_NAMES)", () => {
  for (const [name, names] of SHORT_NAMES.examples) it(`"${name}" is also ${names.slice(1).join(", ")}`, () => expect(departmentNames(name)).toEqual(names));
});
