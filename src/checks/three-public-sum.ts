import { threePublicMentioned } from "../domain/metrics.js";
import { says } from "../domain/statements.js";
import { matchKey } from "../normalise/text.js";
import type { FlagRecord } from "../model/records.js";
import { flag, type Check, type CheckInput } from "./check.js";
import { sumTolerance, wan } from "./precision.js";
import { at, CHANGE_WORDS, isMoney, isPriorYear, textFigures, type Indexed } from "./text-figures.js";

/**
 * “三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 =
 * 购置费 + 运行费 (财预〔2016〕143号, DOMAIN §1 and §5.6), as stated in the text. Parts that add up
 * to more than the total contradict it (error); parts short of it with an item not stated are a
 * likely omission (warning: 平潭检验检测认证中心 2016 states 6.6 = 2.7 + 3.8 with its （二） missing).
 * The table's own sums are checked by table-totals.
 */
export const threePublicSum: Check = {
  id: "three-public-sum",
  description: "The “三公” total is not the sum of its parts (or 公务用车 is not 购置 + 运行)",
  run(doc) {
    const { get, vehicle, vehicleNames } = textItems(doc);
    return [
      compare(get("total"), [get("overseas"), ...vehicle, get("reception")], "“三公”经费", ["因公出国（境）费", ...vehicleNames, "公务接待费"]),
      compare(get("vehicle"), [get("vehicle_purchase"), get("vehicle_operation")], "公务用车购置及运行费", ["购置费", "运行费"]),
    ].filter((f): f is FlagRecord => f !== undefined);
  },
};

/**
 * The text figures a 三公 identity holds over exactly, with every item stated (“三公” = 出国 + 公务用车 + 接待,
 * 公务用车 = 购置 + 运行): OCR trust takes them as confirmed (checks/ocr-trust.ts).
 */
export function threePublicTextHolds(doc: CheckInput): number[] {
  const { get, vehicle } = textItems(doc);
  const out: number[] = [];
  const identities: Array<[Indexed[], Indexed[][]]> = [
    [get("total"), [get("overseas"), ...vehicle, get("reception")]],
    [get("vehicle"), [get("vehicle_purchase"), get("vehicle_operation")]],
  ];
  for (const [totals, readings] of identities) {
    if (readings.some((r) => !r.length)) continue;
    for (const [total, ...parts] of combinations<Indexed>([totals, ...readings])) {
      // Exactly: a misread last digit hides inside the rounding the check allows.
      if (total && parts.reduce((sum, p) => sum + p!.f.amountFen!, 0) === total.f.amountFen) out.push(total.i, ...parts.map((p) => p!.i));
    }
  }
  return out;
}

/** Every reading of each 三公 item the text states, and how it states the vehicle item. */
function textItems(doc: CheckInput) {
  // Every reading of each item, those the recogniser named first, then those guessed from the
  // label or the sub-section ("该车辆运行维护经费12.5万元" in a sentence giving a reason).
  const named = new Map<string, Indexed[]>();
  const guessed = new Map<string, Indexed[]>();
  for (const x of textFigures(doc)) {
    if (!isMoney(x.f) || CHANGE_WORDS.test(x.f.label) || says("compared", x.f.label) || isPriorYear(x.f.label, doc.document.fiscalYear)) continue;
    // A 决算 also prints the year's 年初预算; the sums are about the final figures.
    if (doc.document.docKind === "final_account" && says("budget", x.f.label)) continue;
    const section = x.f.sectionIndex === null ? "" : (doc.sections[x.f.sectionIndex]?.title ?? "");
    const own = x.f.metric?.startsWith("three_public_") ? x.f.metric : undefined;
    const metric = own ?? threePublicItem(x.f.label, section);
    if (!metric) continue;
    const into = own ? named : guessed;
    (into.get(metric) ?? into.set(metric, []).get(metric)!).push(x);
  }
  const get = (m: string) => [...(named.get(`three_public_${m}`) ?? []), ...(guessed.get(`three_public_${m}`) ?? [])].slice(0, READINGS);
  // A text that states 公务用车购置费 and 运行维护费 apart, never their sum, states the vehicle item by its two parts.
  const split = !get("vehicle").length && get("vehicle_purchase").length > 0 && get("vehicle_operation").length > 0;
  const vehicle = split ? [get("vehicle_purchase"), get("vehicle_operation")] : [get("vehicle")];
  const vehicleNames = split ? ["公务用车购置费", "公务用车运行费"] : ["公务用车购置及运行费"];
  return { get, vehicle, vehicleNames };
}

/** How many readings of one item are tried (the first few a document prints). */
const READINGS = 3;

/** The 三公 item a label names, else the one its sub-section is titled with ("（一）公务接待费 … 2016年预算安排2.7万元"). */
function threePublicItem(label: string, sectionTitle: string): string | undefined {
  const own = threePublicMentioned(matchKey(label));
  if (own || says("notThreePublicItem", label) || says("listTitle", sectionTitle)) return own;
  const fromTitle = threePublicMentioned(matchKey(sectionTitle));
  return fromTitle === "three_public_total" ? undefined : fromTitle;
}

/**
 * The sum is contradicted only when no reading of the items fits it: a document that prints an item
 * twice (in the breakdown and in a reason) contradicts itself only if neither fits.
 */
function compare(totals: Indexed[], readings: Indexed[][], name: string, names: string[]): FlagRecord | undefined {
  const flags = combinations([totals, ...readings.map((r) => (r.length ? r : [undefined]))]).map(([total, ...parts]) => compareOne(total, parts, name, names));
  return flags.some((f) => f === undefined) ? undefined : flags[0];
}

function combinations<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

function compareOne(total: Indexed | undefined, parts: Array<Indexed | undefined>, name: string, names: string[]): FlagRecord | undefined {
  const stated = parts.filter((x): x is Indexed => x !== undefined);
  if (!total || stated.length < 2) return undefined;
  const sum = stated.reduce((s, x) => s + x.f.amountFen!, 0);
  const diff = total.f.amountFen! - sum;
  const missing = names.filter((_, k) => parts[k] === undefined);
  // With an item not stated, any shortfall is what that item would have to be: worth a warning
  // even inside the rounding of 1-decimal figures (平潭 2016: 6.6 vs 2.7 + 3.8).
  const shortWithMissing = missing.length > 0 && diff > 0;
  if (!shortWithMissing && Math.abs(diff) <= sumTolerance([total.f, ...stated.map((x) => x.f)])) return undefined;
  const severity = missing.length === 0 || diff < -sumTolerance([total.f, ...stated.map((x) => x.f)]) ? "error" : "warning";
  return flag("three-public-sum", severity, `${name} ${at(total.f)} ≠ ${stated.map((x) => `${x.f.label}${at(x.f)}`).join(" + ")} = ${wan(sum)}${missing.length ? ` (${missing.join("、")} not stated)` : ""}`, { page: total.f.page, line: total.f.line, figures: [total.i, ...stated.map((x) => x.i)], expectedFen: sum, actualFen: total.f.amountFen });
}
