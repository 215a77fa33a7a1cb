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

/** The printed numbers a flag quotes with their places, read back with the one place format (diagnostics/place.ts). */
export { quotesIn as quotesOf, type Quote } from "../../diagnostics/place.js";
