import { says } from "../domain/statements.js";
import { changeDirection } from "../domain/vocabulary.js";
import type { FigureRecord, FlagRecord } from "../model/records.js";
import { flag, type Check, type CheckInput } from "./check.js";
import { pct, percentGap, percentSeverity, printedUnitFen, ratioRange, sumTolerance, wan } from "./precision.js";
import { at, CHANGE_WORDS, isMoney, isPercent, isPriorYear, sameClause, sameParagraph, textFigures, type Indexed } from "./text-figures.js";


/**
 * A stated change against last year must follow from the values printed with it: "支出6106.99万元，
 * 与上年相比增加101.48万元，增长1.66%" implies last year 6005.51 and a 1.69% rise (江苏省委办公厅
 * 2017); "2025年执行数为77.99万元，2026年预算安排91.97万元，比…增加17.66%" implies 17.93% (普陀司法局
 * 2026). The percentage may be off by its printed rounding and by the rounding of its inputs.
 */
export const statedChange: Check = {
  id: "stated-change",
  description: "A stated 增长/减少 percentage or amount does not follow from the values printed with it",
  run(doc) {
    const all = textFigures(doc);
    const flags: FlagRecord[] = [];
    for (const p of all) {
      if (!isPercent(p.f)) continue;
      const dir = changeDirection(p.f.label);
      if (dir === 0) continue;
      const parts = changeParts(doc, all, p);
      if (!parts) continue;
      const flag = checkPercent(doc, all, p, dir, parts);
      if (flag) flags.push(flag);
    }
    return flags.concat(checkAmounts(doc, all));
  },
};

interface Parts {
  prior?: Indexed;
  current?: Indexed;
  delta?: Indexed;
}

/** The prior value, current value and amount of change the percentage `p` is stated with. */
function changeParts(doc: CheckInput, all: Indexed[], p: Indexed): Parts | undefined {
  const clause = sameClause(all, p).filter((x) => x.i < p.i && isMoney(x.f));
  const delta = [...clause].reverse().find((x) => CHANGE_WORDS.test(x.f.label));
  const prior = clause.find((x) => isPriorYear(x.f.label, doc.document.fiscalYear));
  let current = prior ? clause.find((x) => x.i > prior.i && x !== delta && !CHANGE_WORDS.test(x.f.label) && !partOf(x, prior)) : undefined;
  if (!prior && delta) {
    // "项目支出6333.96万元，与上年相比增加480万元，增长8.2%": the level is the paragraph's last plain amount before the change.
    current = [...all].reverse().find((x) => x.i < delta.i && sameParagraph(x.f, p.f) && isMoney(x.f) && !CHANGE_WORDS.test(x.f.label) && !isPriorYear(x.f.label, doc.document.fiscalYear));
  }
  if (prior && current) return { prior, current, delta };
  if (delta && (current || prior)) return { prior, current, delta };
  return undefined;
}

function checkPercent(doc: CheckInput, all: Indexed[], p: Indexed, dir: number, { prior, current, delta }: Parts): FlagRecord | undefined {
  let range: [number, number];
  let basis: string;
  if (prior && current) {
    const [a, c] = [prior.f.amountFen!, current.f.amountFen!];
    range = ratioRange(c - a, sumTolerance([prior.f, current.f]) / 2, a, printedUnitFen(prior.f.raw, prior.f.unit) / 2);
    basis = `from ${at(prior.f)} to ${at(current.f)}`;
  } else if (delta) {
    const d = dir * delta.f.amountFen!;
    const base = prior ? prior.f.amountFen! : current!.f.amountFen! - d;
    // A rise from nothing ("比上年增加39.83万元，增长100%" for a new item) has no percentage to check.
    if (base <= 0) return undefined;
    // Without a printed prior value the level is a guess (the paragraph's last amount before the
    // change); if another amount of the paragraph fits the stated rate, the guess was wrong, not the
    // document ("水利24.00万元，其中…农田水利4.00万元。较2015年减少26.80万元，减少52.76%").
    if (!prior && fitsAnotherLevel(all, p, delta, current!, dir)) return undefined;
    const tolBase = prior ? printedUnitFen(prior.f.raw, prior.f.unit) / 2 : sumTolerance([current!.f, delta.f]) / 2;
    range = ratioRange(d, printedUnitFen(delta.f.raw, delta.f.unit) / 2, base, tolBase);
    basis = prior ? `${at(delta.f)} on last year's ${at(prior.f)}` : `${at(delta.f)} on ${at(current!.f)} less the change (last year ${wan(base)})`;
  } else return undefined;
  const gap = percentGap(dir * p.f.percent!, p.f.raw, range);
  if (gap === 0) return undefined;
  const computed = (range[0] + range[1]) / 2;
  const ids = [prior, current, delta, p].filter((x): x is Indexed => x !== undefined).map((x) => x.i);
  const hint = prior && current ? explain(all, p, prior, current, dir) : undefined;
  return flag("stated-change", percentSeverity(gap), `${p.f.label}${at(p.f)}: ${basis} is a change of ${pct(computed)}%, not ${dir < 0 ? "-" : ""}${p.f.raw}${hint ? `; the printed ${p.f.raw} fits ${at(hint.f)}, printed for the same item` : ""}`, { page: p.f.page, line: p.f.line, figures: hint ? [...ids, hint.i] : ids });
}

/**
 * When the percentage does not fit the current value it is printed with, another amount of the same
 * paragraph may be the one it was computed from (普陀司法局 2026, 住房公积金: 208.8万元 at the head of
 * the item, 201.50万元 in the sentence, and 5.27% fits 208.8).
 */
function explain(all: Indexed[], p: Indexed, prior: Indexed, current: Indexed, dir: number): Indexed | undefined {
  return all.find((x) => {
    if (x === prior || x === current || !isMoney(x.f) || !sameParagraph(x.f, p.f) || x.f.amountFen === current.f.amountFen) return false;
    const a = prior.f.amountFen!;
    const r = ratioRange(x.f.amountFen! - a, sumTolerance([prior.f, x.f]) / 2, a, printedUnitFen(prior.f.raw, prior.f.unit) / 2);
    return percentGap(dir * p.f.percent!, p.f.raw, r) === 0;
  });
}

function fitsAnotherLevel(all: Indexed[], p: Indexed, delta: Indexed, current: Indexed, dir: number): boolean {
  const d = dir * delta.f.amountFen!;
  return all.some((x) => {
    if (x === current || x.i >= delta.i || !isMoney(x.f) || !sameParagraph(x.f, p.f) || CHANGE_WORDS.test(x.f.label)) return false;
    const base = x.f.amountFen! - d;
    if (base <= 0) return false;
    const r = ratioRange(d, printedUnitFen(delta.f.raw, delta.f.unit) / 2, base, sumTolerance([x.f, delta.f]) / 2);
    return percentGap(dir * p.f.percent!, p.f.raw, r) === 0;
  });
}

/** "上年X万元 … 本年Y万元，增加D万元": D must equal Y − X within the terms' rounding. */
function checkAmounts(doc: CheckInput, all: Indexed[]): FlagRecord[] {
  const flags: FlagRecord[] = [];
  for (const d of all) {
    if (!isMoney(d.f) || !CHANGE_WORDS.test(d.f.label)) continue;
    const dir = changeDirection(d.f.label);
    if (dir === 0) continue;
    const clause = sameClause(all, d).filter((x) => x.i < d.i && isMoney(x.f));
    const prior = clause.find((x) => isPriorYear(x.f.label, doc.document.fiscalYear));
    const current = prior && clause.find((x) => x.i > prior.i && !CHANGE_WORDS.test(x.f.label) && !partOf(x, prior));
    if (!prior || !current) continue;
    const actual = current.f.amountFen! - prior.f.amountFen!;
    const stated = dir * d.f.amountFen!;
    if (Math.abs(actual - stated) <= sumTolerance([prior.f, current.f, d.f])) continue;
    flags.push(amountFlag(prior.f, current.f, d, actual, stated, [prior.i, current.i, d.i]));
  }
  return flags;
}

/**
 * Is `x` listed as a part of `total` ("财政拨款支出105364.27万元，其中一般公共预算拨款支出105364.27万元")?
 * A part of last year's total is not this year's level.
 */
function partOf(x: Indexed, total: Indexed): boolean {
  const text = x.f.context;
  const at = text.indexOf(total.f.raw);
  const partAt = at < 0 ? -1 : text.indexOf(x.f.raw, at + total.f.raw.length);
  return at >= 0 && partAt > at && says("partsFollow", text.slice(at + total.f.raw.length, partAt));
}

function amountFlag(prior: FigureRecord, current: FigureRecord, d: Indexed, actual: number, stated: number, ids: number[]): FlagRecord {
  return flag("stated-change", "error", `${d.f.label}${at(d.f)}: from ${at(prior)} to ${at(current)} the change is ${wan(actual)}`, { page: d.f.page, line: d.f.line, figures: ids, expectedFen: actual, actualFen: stated });
}
