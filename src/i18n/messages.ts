import { placeText } from "../diagnostics/place.js";
import type { Lang } from "./lang.js";

/** The counts the ingest summary line reports. */
export interface IngestCounts {
  seen: number; ingested: number; skipped: number; failed: number; pages: number; figures: number; flags: number;
  /** null when the run did not prune. */
  pruned: number | null;
  keptUnreadable: number;
  seconds: number;
  interrupted: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every sentence the report and the command line print, in English; `zh` has the same keys. */
const en = {
  reportTitle: "yusuan consistency report",
  totals: (c: { documents: number; errors: number; warnings: number; notes: number; failed: number }) =>
    [plural(c.documents, "document"), plural(c.errors, "error"), plural(c.warnings, "warning"), plural(c.notes, "note"), plural(c.failed, "failed file")].join(" · "),
  documentsHeading: "Every document",
  columns: { department: "Department", year: "Year", kind: "Kind", status: "Status", file: "File" },
  kind: { budget: "budget 预算", final_account: "final account 决算", unknown: "unknown" } as Record<string, string>,
  unknownDepartment: "(department not recognised)",
  status: {
    clean: "checked and clean",
    flagged: (c: { errors: number; warnings: number; notes: number }) =>
      [c.errors && plural(c.errors, "error"), c.warnings && plural(c.warnings, "warning"), c.notes && plural(c.notes, "note")].filter(Boolean).join(", "),
    partial: (reason: string | null) => `partial: ${reason ?? "read with warnings"}`,
    failed: (reason: string | null) => `failed: ${reason ?? "unknown error"}`,
    not_a_disclosure: (reason: string | null) => `not a disclosure${reason ? ` (${reason})` : ""}`,
    duplicate: (of: string | null) => `duplicate of ${of ?? "another document"}`,
  },
  severity: { error: "error", warning: "warning", info: "note" } as Record<string, string>,
  sections: {
    error: "Errors — the printed numbers contradict each other",
    warning: "Warnings — likely problems",
    info: "Notes",
    template: "Template placeholders left in",
  },
  noFlags: "No flags: every check that could run found the numbers consistent.",
  noFlagsFiltered: "No flags match the filter.",
  expectedPrinted: (expected: string, printed: string) => `expected ${expected} 万元, printed ${printed} 万元`,
  place: (page: number | null, line: number | null) => (page === null ? "" : placeText({ page, ...(line === null ? {} : { line }) }, "en")),
  noLabel: "(no label)",
  source: { text: "text", table: "table" } as Record<string, string>,
  chartCaption: "支出总计 by year, 万元",
  evidence: {
    heading: "As printed",
    page: (page: number) => `page ${page}`,
    capped: "evidence omitted: the report reached its --max-evidence size",
    unavailable: (why: string) => `no image of the page: ${why}`,
    fileMissing: "the file is no longer at its path",
    nothingPrinted: "nothing printed to show: the flag is about something the document leaves out",
  },
  cli: {
    unknownCheck: (id: string, valid: string[]) => `no check "${id}"; the checks are: ${valid.join(", ")}`,
    noDatabase: (path: string) => `no database at ${path} (run yusuan ingest first)`,
    noDocument: (ref: string) => `no document matches --document ${ref}`,
    wrote: (path: string, format: string) => `wrote the ${format} report to ${path}`,
    oneOf: (flag: string, allowed: readonly string[], got: string) => `${flag} must be one of ${allowed.join(", ")} (got "${got}")`,
    positive: (flag: string, got: string) => `${flag} must be a positive whole number (got "${got}")`,
    unknownCommand: (verb: string, meant: string | undefined) => `unknown command "${verb}"${meant ? `: did you mean "yusuan ${meant}"?` : ""} (yusuan --help lists them)`,
    unknownOption: (option: string, meant: string) => `unknown option ${option}: did you mean --${meant}?`,
    noSuchInput: (paths: string) => `no such file or folder: ${paths}`,
    spacedPath: (path: string) => `; did you mean "${path}"? (quote a path with spaces)`,
    ingestSummary: (s: IngestCounts) => {
      const parts = [`files ${s.seen}`, `ingested ${s.ingested}`, `skipped ${s.skipped}`, `failed ${s.failed}`, `pages ${s.pages}`, `figures ${s.figures}`, `flags ${s.flags}`];
      if (s.pruned !== null) parts.push(`pruned ${s.pruned}`);
      if (s.keptUnreadable) parts.push(`kept ${s.keptUnreadable} under unreadable folders`);
      parts.push(`seconds ${s.seconds.toFixed(2)}`);
      return `${parts.join("  ")}${s.interrupted ? "  (interrupted: run again to finish)" : ""}`;
    },
  },
};

export type Messages = typeof en;

const zhPlural = (n: number, what: string) => `${what} ${n} 项`;

const zh: Messages = {
  reportTitle: "yusuan 一致性核查报告",
  totals: (c) => [`文件 ${c.documents} 份`, zhPlural(c.errors, "错误"), zhPlural(c.warnings, "警告"), zhPlural(c.notes, "提示"), `读取失败 ${c.failed} 份`].join(" · "),
  documentsHeading: "全部文件",
  columns: { department: "部门", year: "年度", kind: "类别", status: "核查结果", file: "文件" },
  kind: { budget: "预算", final_account: "决算", unknown: "不详" },
  unknownDepartment: "（未识别部门）",
  status: {
    clean: "已核查，未发现问题",
    flagged: (c) => [c.errors && zhPlural(c.errors, "错误"), c.warnings && zhPlural(c.warnings, "警告"), c.notes && zhPlural(c.notes, "提示")].filter(Boolean).join("，"),
    partial: (reason) => `部分读取：${reason ?? "读取时有警告"}`,
    failed: (reason) => `读取失败：${reason ?? "原因不明"}`,
    not_a_disclosure: (reason) => `不是预决算公开文件${reason ? `（${reason}）` : ""}`,
    duplicate: (of) => `与 ${of ?? "另一文件"} 内容相同（重复）`,
  },
  severity: { error: "错误", warning: "警告", info: "提示" },
  sections: {
    error: "错误——印刷数字相互矛盾",
    warning: "警告——可能存在的问题",
    info: "提示",
    template: "未替换的模板占位内容",
  },
  noFlags: "未发现问题：所有可运行的核查均显示数字一致。",
  noFlagsFiltered: "没有符合筛选条件的问题。",
  expectedPrinted: (expected, printed) => `应为 ${expected} 万元，印为 ${printed} 万元`,
  place: (page, line) => (page === null ? "" : placeText({ page, ...(line === null ? {} : { line }) }, "zh")),
  noLabel: "（无标签）",
  source: { text: "正文", table: "表格" },
  chartCaption: "历年支出总计（万元）",
  evidence: {
    heading: "原文",
    page: (page) => `第${page}页`,
    capped: "已达 --max-evidence 上限，略去原文图片",
    unavailable: (why) => `无法显示页面图片：${why}`,
    fileMissing: "文件已不在原路径",
    nothingPrinted: "无原文可显示：此项涉及文件中缺少的内容",
  },
  cli: {
    unknownCheck: (id, valid) => `没有名为“${id}”的核查；可用的核查：${valid.join(", ")}`,
    noDatabase: (path) => `${path} 处没有数据库（请先运行 yusuan ingest）`,
    noDocument: (ref) => `没有与 --document ${ref} 相符的文件`,
    wrote: (path, format) => `已将 ${format} 报告写入 ${path}`,
    oneOf: (flag, allowed, got) => `${flag} 只能是 ${allowed.join(", ")} 之一（收到“${got}”）`,
    positive: (flag, got) => `${flag} 须为正整数（收到“${got}”）`,
    unknownCommand: (verb, meant) => `没有“${verb}”这个命令${meant ? `：是否要用“yusuan ${meant}”？` : ""}（yusuan --help 列出全部命令）`,
    unknownOption: (option, meant) => `没有 ${option} 这个选项：是否要用 --${meant}？`,
    noSuchInput: (paths) => `文件或文件夹不存在：${paths}`,
    spacedPath: (path) => `；是否要用“${path}”？（含空格的路径要加引号）`,
    ingestSummary: (s) => {
      const parts = [`文件 ${s.seen}`, `已读入 ${s.ingested}`, `未变跳过 ${s.skipped}`, `失败 ${s.failed}`, `页 ${s.pages}`, `数字 ${s.figures}`, `核查问题 ${s.flags}`];
      if (s.pruned !== null) parts.push(`已移除 ${s.pruned}`);
      if (s.keptUnreadable) parts.push(`因文件夹不可读而保留 ${s.keptUnreadable}`);
      parts.push(`用时 ${s.seconds.toFixed(2)} 秒`);
      return `${parts.join("  ")}${s.interrupted ? "  （已中断：再次运行即可完成）" : ""}`;
    },
  },
};

const catalogue: Record<Lang, Messages> = { en, zh };

/** The sentences of one language. */
export function messages(lang: Lang): Messages {
  return catalogue[lang];
}
