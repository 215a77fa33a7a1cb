import { foldForMatching } from "./text.js";

/**
 * One key for the names a department is printed under, so its documents can be compared across
 * files and years: 中国共产党江苏省委员会办公厅, 中共江苏省委办公厅 and 江苏省委办公厅 are one body
 * (Jiangsu prints all three). Party prefixes go, "X省委员会" becomes "X省委", spaces and brackets
 * go. Used for grouping only; `documents.department` keeps the name as printed.
 */
export function departmentKey(name: string | null): string | null {
  if (!name) return null;
  const key = foldForMatching(name)
    .replace(/[\s()（）“”"'、·]/g, "")
    .replace(/^中国共产党/, "中共")
    .replace(/([省市区县州盟旗])委员会/, "$1委")
    .replace(/^中共/, "");
  return key || null;
}
