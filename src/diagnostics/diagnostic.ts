import { z } from "zod";
import { location, quotesIn, type Place } from "./place.js";

export { cite, localisePlaces, location, placeAt, placeNote, placeText, quotesIn, type Place, type Quote } from "./place.js";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const PlaceSchema = z.object({
  file: z.string().optional(),
  page: z.number().int().positive(),
  line: z.number().int().positive().optional(),
  pageLast: z.number().int().positive().optional(),
});

/**
 * The one message shape (after vfile-message) for everything yusuan says about a document: what
 * an extractor could not read, what recognise guessed, what a check found. Which rule said it, how
 * sure (error: the printed numbers contradict each other; warning: a likely problem; info: a note),
 * where, and — for a check — the printed values it rests on and the amounts it compared.
 *
 * Stored in two tables whose columns stay as they are (docs/CONTRACT.md): a check's message is a
 * row of `flags` (`check` = ruleId, `figure_ids`, `expected_fen`, `actual_fen`), the others rows of
 * `diagnostics`. `message` is the English sentence as written; src/i18n renders it in Chinese.
 */
export const MessageSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  place: PlaceSchema.optional(),
  /** The values the message quotes, as printed ("4,545.94", "1.66%"), in the order it quotes them. */
  printed: z.array(z.string()).optional(),
  /** What the printed amount should be, and what is printed (fen), when the message compares two. */
  expectedFen: z.number().int().optional(),
  actualFen: z.number().int().optional(),
  /** The figures it rests on: indexes into the document's figures in its records; ids once stored. */
  figures: z.array(z.number().int()).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** What extract and recognise say about a document: a message with no figures. */
export const DiagnosticSchema = MessageSchema;
export type Diagnostic = Message;

export interface MessageParts {
  /** The place, or a page and line as the records hold them (see placeAt). */
  place?: Place;
  figures?: number[];
  expectedFen?: number | null;
  actualFen?: number | null;
}

/**
 * A message, its printed values read from its quotes (`cite`), empty parts left out. Every stage
 * builds its messages here (checks through `flag` in checks/check.ts).
 */
export function message(ruleId: string, severity: Severity, text: string, parts: MessageParts = {}): Message {
  const out: Message = { ruleId, severity, message: text };
  if (parts.place) out.place = parts.place;
  const printed = quotesIn(text).map((q) => q.raw);
  if (printed.length) out.printed = printed;
  if (parts.expectedFen !== null && parts.expectedFen !== undefined) out.expectedFen = parts.expectedFen;
  if (parts.actualFen !== null && parts.actualFen !== undefined) out.actualFen = parts.actualFen;
  if (parts.figures) out.figures = parts.figures;
  return out;
}

/** An extractor's or recogniser's diagnostic at a page (and line). */
export function diagnostic(severity: Severity, ruleId: string, text: string, place: { page?: number; line?: number } = {}): Diagnostic {
  return message(ruleId, severity, text, { place: place.page ? { page: place.page, ...(place.line ? { line: place.line } : {}) } : undefined });
}

/** `path:page:line  severity  message  rule`, the format the command line prints. */
export function formatMessage(path: string, m: Message): string {
  return `${location(path, m.place)}  ${m.severity}  ${m.message}  ${m.ruleId}`;
}
