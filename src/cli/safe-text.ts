/**
 * Text from documents and file names reaches the terminal only through these: a control character
 * (ESC starting `\x1b[2J` or `\x1b]0;title`, the 8-bit CSI U+009B, DEL, bidi overrides that reorder
 * what is shown) is printed escaped, as `\x1B` or `\u202E`, never executed by the terminal.
 */

// C0 controls (newline and tab are handled by the caller's choice), DEL, C1 controls, bidi embeddings
// and overrides and isolates, and the line/paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Multi-line text for a terminal: newlines and tabs kept, every other control character escaped. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** One field on one line (a path, a cell, a message): newlines escaped too. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_WITH_NEWLINES, escape);
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but not DEL, C1 or bidi characters; these
 * are escaped as \uXXXX, which any JSON reader turns back into the same string (nothing is lost).
 */
export function jsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
