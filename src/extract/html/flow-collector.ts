import type { Style } from "../../model/document.js";
import type { HtmlCell } from "./read-html-table.js";

/** Inherited layout state while walking the DOM. */
export interface InlineContext {
  headingLevel?: number;
  bold?: boolean;
  centered?: boolean;
  /** Spaces in the source are text (mammoth's output of Word runs), not layout to collapse. */
  preserveSpaces?: boolean;
}

export type FlowItem =
  | { kind: "text"; text: string; style: Style }
  | { kind: "table"; rows: HtmlCell[][]; caption?: string };

const wide = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
// CSS Text 3: a line break in the source between two Chinese characters renders as nothing.
const cjkSegmentBreak = new RegExp(`([${wide}])[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=[${wide}])`, "g");

/**
 * Gathers inline text into lines. Inline runs are concatenated (Word splits "228.50" into
 * `228.<span>50</span>`); a block boundary or <br> ends the line. Collapsible whitespace collapses
 * as a browser would, but &nbsp; is kept as a real space.
 */
export class FlowCollector {
  items: FlowItem[] = [];
  private buffer = "";
  private context: InlineContext | undefined;
  private boldChars = 0;
  private plainChars = 0;

  constructor(private readonly preserveSpaces = false) {}

  append(raw: string, ctx: InlineContext): void {
    const text = this.preserveSpaces
      ? raw.replace(/[\t\r\n\f]/g, " ")
      : raw.replace(cjkSegmentBreak, "$1").replace(/[ \t\r\n\f]+/g, " ");
    if (text === "") return;
    const visible = text.replace(/[\s\u00a0\u3000]/g, "").length;
    if (visible > 0 && this.context === undefined) this.context = ctx;
    if (ctx.bold) this.boldChars += visible;
    else this.plainChars += visible;
    this.buffer += text;
  }

  flush(): void {
    const collapsed = this.preserveSpaces ? this.buffer : this.buffer.replace(/ {2,}/g, " ");
    const text = collapsed.replace(/\u00a0/g, " ").trim();
    if (text !== "") this.items.push({ kind: "text", text, style: this.style() });
    this.buffer = "";
    this.context = undefined;
    this.boldChars = 0;
    this.plainChars = 0;
  }

  private style(): Style {
    const style: Style = {};
    const ctx = this.context ?? {};
    if (ctx.headingLevel !== undefined) style.headingLevel = ctx.headingLevel;
    if (this.boldChars > 0 && this.plainChars === 0) style.bold = true;
    if (ctx.centered) style.centered = true;
    return style;
  }
}
