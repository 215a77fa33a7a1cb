import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isPartOf,
  LABEL_LEAD_MATCHERS,
  LABEL_LEADS,
  LABEL_MATCHERS,
  LABEL_SHAPES,
  LABEL_WORDS,
  METRIC_IDS,
  METRICS,
  NONE_STATED,
  partsOf,
  THREE_PUBLIC_EXAMPLES,
  threePublicHeaderRole,
  threePublicMentioned,
  UNIT_SECTION_TITLE,
} from "../../src/domain/metrics.js";
import { phraseMetric } from "../../src/recognise/metrics.js";

/** Every metric's printed examples, run through the label reader (one table-driven test). */
describe("each metric of src/domain/metrics.ts", () => {
  for (const m of METRICS) {
    for (const printed of m.examples.yes) {
      it(`${m.id}: "${printed}" states it`, () => {
        expect(phraseMetric(printed)).toBe(m.id);
      });
    }
    for (const printed of m.examples.no ?? []) {
      it(`${m.id}: "${printed}" does not state it`, () => {
        expect(phraseMetric(printed)).not.toBe(m.id);
      });
    }
    it(`${m.id}: has examples for every phrasing it reads, and a known parent`, () => {
      if (m.printed.length > 0) expect(m.examples.yes.length).toBeGreaterThan(0);
      if ("parent" in m) expect(METRIC_IDS).toContain(m.parent);
    });
  }
});

describe("UNIT_SECTION_TITLE: a section titled by a body's name", () => {
  for (const title of UNIT_SECTION_TITLE.examples) it(`"${title}" is a body`, () => expect(UNIT_SECTION_TITLE.pattern.test(title)).toBe(true));
  for (const title of UNIT_SECTION_TITLE.nearMisses) it(`"${title}" is not`, () => expect(UNIT_SECTION_TITLE.pattern.test(title)).toBe(false));
});

describe("NONE_STATED: the body says it has none of a quantity", () => {
  const labels = (text: string) => [...text.matchAll(NONE_STATED.pattern)].map((m) => m[1]);
  for (const [text, label] of NONE_STATED.examples) it(`"${text}" states none of ${label}`, () => expect(labels(text)).toEqual([label]));
  for (const text of NONE_STATED.nearMisses) it(`"${text}" does not`, () => expect(labels(text)).toEqual([]));
});

describe("the metric tree", () => {
  it("puts 公务用车购置费 under 公务用车 under 三公", () => {
    expect(isPartOf("three_public_vehicle_purchase", "three_public_vehicle")).toBe(true);
    expect(isPartOf("three_public_vehicle_purchase", "three_public_total")).toBe(true);
    expect(isPartOf("meeting_fee", "three_public_total")).toBe(false);
  });
  it("lists the 三公 parts in the order the tables print them", () => {
    expect(partsOf("three_public_total")).toEqual(["three_public_overseas", "three_public_vehicle", "three_public_reception"]);
  });
});

describe("docs/CONTRACT.md", () => {
  const contract = new URL("../../docs/CONTRACT.md", import.meta.url);
  it.runIf(existsSync(contract))("lists exactly the metrics of the domain table", () => {
    const text = readFileSync(contract, "utf8");
    const section = text.slice(text.indexOf("## Canonical metrics"), text.indexOf("## Canonical table kinds"));
    const listed = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...METRIC_IDS]);
  });
});

describe("a 三公 item named inside a longer text (THREE_PUBLIC_EXAMPLES)", () => {
  for (const [key, expected] of THREE_PUBLIC_EXAMPLES.mentions) {
    it(`"${key}" names ${String(expected)}`, () => {
      expect(threePublicMentioned(key)).toBe(expected);
    });
  }
  for (const [path, expected] of THREE_PUBLIC_EXAMPLES.headerRoles) {
    it(`the 三公 table header "${path.join(" / ")}" is ${String(expected)}`, () => {
      expect(threePublicHeaderRole(path)).toBe(expected);
    });
  }
});

describe("the words of a label around a metric's name (LABEL_WORDS, LABEL_SHAPES, LABEL_LEADS)", () => {
  for (const [name, list] of Object.entries(LABEL_WORDS)) {
    const re = LABEL_MATCHERS[name as keyof typeof LABEL_WORDS];
    for (const key of list.examples.yes) it(`${name}: "${key}" matches`, () => expect(re.test(key)).toBe(true));
    for (const key of list.examples.no) it(`${name}: "${key}" does not`, () => expect(re.test(key)).toBe(false));
  }
  for (const [name, shape] of Object.entries(LABEL_SHAPES)) {
    const re = new RegExp(shape.pattern.source, shape.pattern.flags.replace("g", ""));
    for (const key of shape.examples.yes) it(`${name}: "${key}" matches`, () => expect(re.test(key)).toBe(true));
    for (const key of shape.examples.no) it(`${name}: "${key}" does not`, () => expect(re.test(key)).toBe(false));
  }
  LABEL_LEADS.forEach((lead, k) => {
    for (const [key, rest] of lead.examples) it(`${lead.what}: "${key}" leaves "${rest}"`, () => expect(key.replace(LABEL_LEAD_MATCHERS[k]!, "")).toBe(rest));
  });
});
