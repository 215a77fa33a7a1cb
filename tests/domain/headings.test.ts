import { describe, expect, it } from "vitest";
import {
  CONTENTS_TITLE,
  GLOSSARY_TITLE,
  KNOWN_SECTION_TITLES,
  LIST_INTRO,
  MARKER_FAMILIES,
  NON_HEADING_SHAPES,
  nonHeadingShape,
  TABLE_CAPTION_LINE,
  type LinePattern,
} from "../../src/domain/headings.js";
import { readMarker } from "../../src/recognise/heading-marker.js";
import { matchKey } from "../../src/normalise/text.js";

describe("every section marker family reads its examples", () => {
  for (const family of MARKER_FAMILIES) {
    for (const ex of family.examples) {
      it(`reads ${ex.line} as ${family.kind} ${ex.number}`, () => {
        expect(readMarker(ex.line)).toEqual({ kind: family.kind, marker: ex.marker, number: ex.number, title: ex.title });
      });
    }
  }
});

const patterns: Array<[string, LinePattern]> = [
  ["a contents title", CONTENTS_TITLE],
  ["a glossary title", GLOSSARY_TITLE],
  ["a list's introduction", LIST_INTRO],
  ["a known section title", KNOWN_SECTION_TITLES],
  ["a table's unit or body line", TABLE_CAPTION_LINE],
];

describe("line patterns match their examples and none of their near misses", () => {
  for (const [name, p] of patterns) {
    for (const ex of p.examples) it(`${ex} is ${name}`, () => expect(p.pattern.test(matchKey(ex))).toBe(true));
    for (const ex of p.nearMisses) it(`${ex} is not ${name}`, () => expect(p.pattern.test(matchKey(ex))).toBe(false));
  }
});

describe("non-heading shapes judge their examples", () => {
  for (const shape of NON_HEADING_SHAPES) {
    for (const ex of shape.examples) {
      it(`${ex} is not a heading (${shape.id})`, () => expect(nonHeadingShape(ex, "plain", matchKey)?.id).toBe(shape.id));
    }
    for (const ex of shape.nearMisses) {
      it(`${ex} is not taken for ${shape.id}`, () => expect(shape.pattern.test(matchKey(ex))).toBe(false));
    }
  }
  it("judges a numbered title only by the shapes that apply to any title", () => {
    expect(nonHeadingShape("增长3.5%", "arabic", matchKey)?.id).toBe("amount");
    expect(nonHeadingShape("表一", "cn", matchKey)).toBeUndefined();
    expect(nonHeadingShape("深圳市劳动人事争议仲裁院", "cn", matchKey)).toBeUndefined();
  });
});
