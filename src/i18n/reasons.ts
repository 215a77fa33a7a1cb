import type { Lang } from "./lang.js";

/**
 * Why a document is failed, partial or not a disclosure, in Chinese: the reasons extraction
 * records most often. Others are shown as recorded.
 */
const ZH: Array<[RegExp, string]> = [
  [/^no budget or final-account wording found: is this a disclosure\?$/, "未见预算或决算字样"],
  [/^no text layer on any page.*$/, "所有页面均无文字层（扫描件或纯图片，暂不支持文字识别）"],
  [/^not a valid PDF \((.*)\)$/, "不是有效的 PDF（$1）"],
  [/^(?:the file is empty|empty file)$/, "文件为空"],
  [/^the document has no text$/, "文件中没有文字"],
  [/^no text could be extracted$/, "未能提取文字"],
  [/^unsupported file type$/, "不支持的文件类型"],
  [/^encrypted PDF.*$/, "PDF 已加密，无法读取"],
  [/^document has (\d+) pages, over the (\d+)-page limit$/, "文件共 $1 页，超过 $2 页的上限"],
  [/^the content is a JPEG image.*$/, "内容是 JPEG 图片，不是 PDF"],
];

export function reasonText(reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  for (const [pattern, zh] of ZH) if (pattern.test(reason)) return reason.replace(pattern, zh);
  return reason;
}
