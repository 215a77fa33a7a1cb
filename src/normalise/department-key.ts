import { BODY_QUALIFIERS, NAME_FOLDS } from "../domain/identity.js";
import { foldForMatching } from "./text.js";

/** "（本级）", "（汇总）" after a name: which part of the body, not another body. */
const QUALIFIERS = new RegExp(`(?:[(（](?:${BODY_QUALIFIERS.join("|")})[)）])+$`);

/**
 * One key for the names a department is printed under, so its documents can be compared across
 * files and years: 中国共产党江苏省委员会办公厅, 中共江苏省委办公厅 and 江苏省委办公厅 are one body
 * (Jiangsu prints all three). Party prefixes go, "X省委员会" becomes "X省委", spaces and brackets
 * go, and so does a trailing （本级）/（汇总）. Used for grouping only; `documents.department` keeps the name as printed.
 */
export function departmentKey(name: string | null): string | null {
  if (!name) return null;
  const bare = foldForMatching(name.trim())
    .replace(QUALIFIERS, "")
    .replace(/[\s()（）“”"'、·]/g, "");
  const key = NAME_FOLDS.reduce((k, fold) => k.replace(fold.from, fold.to), bare);
  return key || null;
}
