/** Word's numbering formats (w:numFmt) that budget documents use, as Word renders them. */

const digits = "零一二三四五六七八九";
const stems = "甲乙丙丁戊己庚辛壬癸";
const circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ["", "十", "百", "千"];
  const parts = String(n).split("").map(Number).reverse();
  let out = "";
  let zero = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const d = parts[i] ?? 0;
    if (d === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += (d === 1 && i === 1 && out === "" ? "" : digits[d]) + (units[i] ?? "");
  }
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function letter(n: number): string {
  const char = String.fromCharCode(65 + ((n - 1) % 26));
  return char.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The text of counter `n` in format `numFmt`; undefined for bullets and "none". */
export function formatNumber(n: number, numFmt: string): string | undefined {
  switch (numFmt) {
    case "bullet":
    case "none":
      return undefined;
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "ideographDigital":
      return chineseNumber(n);
    case "ideographTraditional":
      return stems[(n - 1) % 10] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return circled[n - 1] ?? String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n);
    case "lowerLetter":
      return letter(n).toLowerCase();
    default:
      return String(n);
  }
}
