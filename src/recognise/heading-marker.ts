import { MARKER_FAMILIES, type MarkerKind } from "../domain/headings.js";
import { chineseNumeral, foldWidth } from "../normalise/text.js";

export type { MarkerKind };

export interface HeadingMarker {
  kind: MarkerKind;
  /** As printed, without the trailing 、 or ．: 第一部分, 一, （一）, 1, (1). */
  marker: string;
  number: number | null;
  title: string;
}

/** Splits a line into its section marker and title, if it starts with one. */
export function readMarker(line: string): HeadingMarker | undefined {
  const text = foldWidth(line).trim();
  for (const { kind, pattern } of MARKER_FAMILIES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const marker = (m[1] ?? "").replace(/\s+/g, "");
    const number = chineseNumeral(m[2] ?? "") ?? null;
    // Keep the title as printed (not width-folded): slice the original by the folded offset.
    const title = line.trim().slice(text.length - (m[3] ?? "").length).trim();
    return { kind, marker: printedMarker(line.trim(), marker), number, title };
  }
  return undefined;
}

/** The marker as printed in the source (full-width brackets kept). */
function printedMarker(original: string, folded: string): string {
  const compact = original.replace(/\s+/g, "");
  return compact.slice(0, folded.length);
}
