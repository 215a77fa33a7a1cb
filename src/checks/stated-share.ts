import { threePublicMentioned } from "../domain/metrics.js";
import { says, shareWhole } from "../domain/statements.js";
import { matchKey } from "../normalise/text.js";
import type { FlagRecord } from "../model/records.js";
import { flag, type Check } from "./check.js";
import { pct, percentGap, percentSeverity, printedUnitFen, ratioRange, sumTolerance, wan } from "./precision.js";
import { at, CHANGE_WORDS, isMoney, isPercent, sameClause, sameParagraph, textFigures, type Indexed } from "./text-figures.js";

const THREE_PUBLIC_PARTS = ["three_public_overseas", "three_public_vehicle", "three_public_reception"];

/**
 * A stated share "X万元，占W的P%" must equal X / W. W is named after 占 (占“三公”经费的8.75%) or,
 * when only 占P% is printed, it is the amount the paragraph is breaking down ("本年支出合计9759.38万元，
 * 其中：基本支出5377.64万元，占55.10%"). 江苏人大 2017 printed the 三公 shares against 三公+会议+培训;
 * 普陀财政局 2024 printed 一般公共服务支出 2106.66 of 2940.05 as 71.73% (71.65%).
 */
export const statedShare: Check = {
  id: "stated-share",
  description: "A stated share (占…的 P%) does not equal the part over the whole printed with it",
  run(doc) {
    const all = textFigures(doc);
    const flags: FlagRecord[] = [];
    for (const p of all) {
      if (!isPercent(p.f) || !says("share", p.f.label)) continue;
      const part = [...sameClause(all, p)].reverse().find((x) => x.i < p.i && isMoney(x.f) && !CHANGE_WORDS.test(x.f.label));
      if (!part) continue;
      const noun = shareWhole(p.f.label);
      const whole = threePublicMentioned(noun) === "three_public_total" ? threePublicWhole(all, p) : noun ? namedWhole(all, part, noun) : listedWhole(all, part);
      if (!whole || whole.fen <= 0 || whole.fen < part.f.amountFen!) continue;
      const range = ratioRange(part.f.amountFen!, printedUnitFen(part.f.raw, part.f.unit) / 2, whole.fen, whole.tol / 2);
      const gap = percentGap(p.f.percent!, p.f.raw, range);
      if (gap === 0) continue;
      flags.push(flag("stated-share", percentSeverity(gap), `${part.f.label}${at(part.f)} ${p.f.label}${at(p.f)}: ${part.f.raw} of ${whole.text} is ${pct((range[0] + range[1]) / 2)}%, not ${p.f.raw}`, { page: p.f.page, line: p.f.line, figures: [part.i, ...whole.ids, p.i] }));
    }
    return flags;
  },
};

interface Whole {
  fen: number;
  tol: number;
  text: string;
  ids: number[];
}

/** The 三公 total: the three parts stated in the same paragraph, else a stated total. */
function threePublicWhole(all: Indexed[], p: Indexed): Whole | undefined {
  const inParagraph = all.filter((x) => sameParagraph(x.f, p.f) && isMoney(x.f));
  const parts = THREE_PUBLIC_PARTS.map((m) => inParagraph.find((x) => x.f.metric === m));
  if (parts.every((x) => x !== undefined)) {
    const xs = parts as Indexed[];
    return {
      fen: xs.reduce((s, x) => s + x.f.amountFen!, 0),
      tol: sumTolerance(xs.map((x) => x.f)),
      text: `the “三公” total ${xs.map((x) => x.f.raw).join(" + ")} = ${wan(xs.reduce((s, x) => s + x.f.amountFen!, 0))}`,
      ids: xs.map((x) => x.i),
    };
  }
  const total = all.find((x) => x.f.metric === "three_public_total" && isMoney(x.f));
  return total && { fen: total.f.amountFen!, tol: printedUnitFen(total.f.raw, total.f.unit), text: `the “三公” total ${at(total.f)}`, ids: [total.i] };
}

/** The nearest earlier amount of the same section whose label names the whole (占本年支出合计的…). */
function namedWhole(all: Indexed[], part: Indexed, noun: string): Whole | undefined {
  const key = matchKey(noun);
  if (key.length < 2) return undefined;
  const found = [...all].reverse().find((x) => x.i < part.i && x.f.sectionIndex === part.f.sectionIndex && isMoney(x.f) && matchKey(x.f.label).endsWith(key));
  return found && { fen: found.f.amountFen!, tol: printedUnitFen(found.f.raw, found.f.unit), text: `${found.f.label}${at(found.f)}`, ids: [found.i] };
}

/** The amount the paragraph breaks down: the nearest earlier one followed by 其中 / 主要用于 …. */
function listedWhole(all: Indexed[], part: Indexed): Whole | undefined {
  const found = [...all].reverse().find((x) => {
    if (x.i >= part.i || !sameParagraph(x.f, part.f) || !isMoney(x.f) || CHANGE_WORDS.test(x.f.label)) return false;
    const after = x.f.context.slice(x.f.context.indexOf(x.f.raw) + x.f.raw.length);
    return says("listsParts", after) && x.f.amountFen! >= part.f.amountFen!;
  });
  return found && { fen: found.f.amountFen!, tol: printedUnitFen(found.f.raw, found.f.unit), text: `${found.f.label}${at(found.f)}`, ids: [found.i] };
}
