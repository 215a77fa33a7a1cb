/**
 * What the HTML report shows beside a flag so a reader sees the print itself: for a PDF a crop of
 * the page region that holds the quoted numbers, for text, DOCX and HTML sources the quoted lines
 * with the figures marked.
 */
export type Evidence =
  | { kind: "image"; page: number; png: Buffer; width: number; height: number }
  | { kind: "lines"; lines: EvidenceLine[] }
  | { kind: "note"; text: string };

/** One printed line (a sentence of the text, or a table row), with the quoted figures to mark in it. */
export interface EvidenceLine {
  page: number;
  line: number;
  text: string;
  marks: string[];
}

/** A printed number quoted by a flag: “raw” (p.N l.M …). */
export interface Quote {
  raw: string;
  page: number;
  line: number;
}

/**
 * The printed numbers a flag message quotes with their places: “4,545.94” (p.16 l.7, 表名) and
 * 增长“30%” (p.8 l.1). Quoted text without a place (a table title, a placeholder) is not a figure.
 */
export function quotesOf(message: string): Quote[] {
  const out: Quote[] = [];
  for (const m of message.matchAll(/“([^”]{1,60})”\s*\(p\.(\d+) l\.(\d+)/g)) {
    out.push({ raw: m[1]!.trim(), page: Number(m[2]), line: Number(m[3]) });
  }
  return out;
}
