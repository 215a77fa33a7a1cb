import type { Lang } from "../i18n/lang.js";

/**
 * Where a message points: a page (1-based; a text format's one page is 1) and its line, maybe a
 * page range (a table over several pages) and another document's file (a cross-document flag).
 */
export interface Place {
  file?: string;
  page: number;
  line?: number;
  pageLast?: number;
}

/** A page and line as the records hold them (null or 0 when unknown) → a place, or undefined. */
export function placeAt(page: number | null | undefined, line?: number | null, more: { file?: string; pageLast?: number | null } = {}): Place | undefined {
  if (!page) return undefined;
  const place: Place = { page };
  if (line) place.line = line;
  if (more.pageLast && more.pageLast !== page) place.pageLast = more.pageLast;
  if (more.file) place.file = more.file;
  return place;
}

/**
 * The one way yusuan writes a place in a sentence: "p.8 l.1", "p.8–9"; in Chinese "第8页第1行",
 * "第8–9页". (The file, when there is one, is the caller's to name: see `cite`, `location`.)
 */
export function placeText(place: Place, lang: Lang = "en"): string {
  const pages = place.pageLast && place.pageLast !== place.page ? `${place.page}–${place.pageLast}` : `${place.page}`;
  if (lang === "zh") return `第${pages}页${place.line ? `第${place.line}行` : ""}`;
  return `p.${pages}${place.line ? ` l.${place.line}` : ""}`;
}

/**
 * A printed value quoted with its place, the form every message uses: `“4,545.94” (p.16 l.7)`,
 * `“4,545.94” (p.16 l.7, 财政拨款支出预算表)` with a note (a table's title, another document's file).
 * `quotesIn` reads these back; the report's evidence and the Chinese rendering rely on the form.
 */
export function cite(raw: string, place: Place | undefined, note?: string): string {
  return place ? `“${raw}” ${placeNote(place, note)}` : `“${raw}”`;
}

/** "(p.16 l.7)" or "(p.16 l.7, note)": a place in brackets, after what it locates. */
export function placeNote(place: Place, note?: string): string {
  return `(${placeText(place)}${note ? `, ${note}` : ""})`;
}

/** `path:page:line` (or `path:page`, `path`), how a terminal and an editor name a spot in a file. */
export function location(path: string, place: Place | undefined): string {
  return [path, place?.page ?? "", place?.line ?? ""].join(":").replace(/:+$/, "");
}

/** A printed value a message quotes, with its place. */
export interface Quote {
  raw: string;
  page: number;
  line: number;
}

const QUOTE = /“([^”]{1,60})”\s*\(p\.(\d+) l\.(\d+)/g;

/**
 * The printed values a message quotes with their places (what `cite` wrote): “4,545.94” (p.16 l.7,
 * 表名) and 增长“30%” (p.8 l.1). Quoted text without a place (a table title, a placeholder) is not
 * a printed value.
 */
export function quotesIn(message: string): Quote[] {
  return [...message.matchAll(QUOTE)].map((m) => ({ raw: m[1]!.trim(), page: Number(m[2]), line: Number(m[3]) }));
}

/** A message's places in the reader's language: "(p.8 l.1)" → "（第8页第1行）", "(p.8 l.1, " → "（第8页第1行，". */
export function localisePlaces(message: string, lang: Lang): string {
  if (lang === "en") return message;
  return message
    .replace(/ ?\(p\.(\d+(?:–\d+)?)(?: l\.(\d+))?\)/g, (_m, page: string, line?: string) => `（${zhPlace(page, line)}）`)
    .replace(/ ?\(p\.(\d+(?:–\d+)?)(?: l\.(\d+))?, /g, (_m, page: string, line?: string) => `（${zhPlace(page, line)}，`);
}

const zhPlace = (pages: string, line?: string) => `第${pages}页${line ? `第${line}行` : ""}`;
