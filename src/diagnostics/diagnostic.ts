import { z } from "zod";

/** One diagnostic shape everywhere (after vfile-message): what went wrong, where, and which rule said so. */
export const DiagnosticSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  ruleId: z.string(),
  message: z.string(),
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** A value together with the diagnostics produced while computing it (stages return, they do not throw). */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function diagnostic(
  severity: Diagnostic["severity"],
  ruleId: string,
  message: string,
  place: { page?: number; line?: number } = {},
): Diagnostic {
  return { severity, ruleId, message, ...place };
}

/** `path:page:line  severity  message  rule`, the format the CLI prints. */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  const place = [path, d.page ?? "", d.line ?? ""].join(":").replace(/:+$/, "");
  return `${place}  ${d.severity}  ${d.message}  ${d.ruleId}`;
}
