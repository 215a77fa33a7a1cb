import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";

const ignoredTags = new Set(
  "script style noscript template head title meta link nav iframe object embed svg canvas select option button input textarea footer".split(" "),
);

// Portal chrome by class or id: navigation, breadcrumbs (当前位置), share bars, footers.
const chrome =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|header|topbar|sidebar|share|copyright|position|location)(?:[\s_-]|$)/i;

/** Elements that are never content: scripts, styles, navigation, page headers and footers. */
export function isBoilerplate(el: Element): boolean {
  if (ignoredTags.has(el.name)) return true;
  // An <article>'s own <header> holds its title; a page-level <header> is the site banner.
  if (el.name === "header") return !hasAncestor(el, "article");
  return chrome.test(el.attribs["class"] ?? "") || chrome.test(el.attribs["id"] ?? "");
}

function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === "tag" && (p as Element).name === name) return true;
  return false;
}

// Content containers of the CMSs Chinese government portals run on (TRS, UCAP, Word exports).
const articleSelectors = [
  ".article_content",
  ".TRS_Editor",
  ".TRS_UEDITOR",
  "#UCAP-CONTENT",
  "#zoom",
  ".Custom_UnionStyle",
  ".WordSection1",
  "article",
  "main",
];

/** Characters a reader sees in `el`: scripts, styles and portal chrome (isBoilerplate) left out. */
function visibleTextLength(el: Element): number {
  let length = 0;
  for (const child of el.children) {
    if (child.type === "text") length += child.data.replace(/[\s\u00a0\u3000]+/g, "").length;
    else if (child.type === "tag" && !isBoilerplate(child as Element)) length += visibleTextLength(child as Element);
  }
  return length;
}

/**
 * The element holding the article: a known content container when it carries most of the page's
 * visible text, else <body>. Reading only the container drops whatever portal chrome the
 * class-based filter misses (the page title repeated above the article, 时间/来源 lines, 附件下载,
 * 扫一扫 and related-link boxes). The page's own text is measured without scripts, styles and
 * chrome: a portal's inline scripts and link-heavy footer otherwise outweigh a short article.
 */
export function findArticleRoot($: CheerioAPI): Element {
  const body = ($("body")[0] ?? $.root()[0]) as Element;
  const bodyLength = visibleTextLength(body);
  for (const selector of articleSelectors) {
    for (const el of $(selector).toArray()) {
      const length = visibleTextLength(el as Element);
      if (length > 0 && (length >= bodyLength * 0.5 || onlyShortTextOutside(body, el as Element))) return el as Element;
    }
  }
  return body;
}

const LONGEST_CHROME_LINE = 40;

/**
 * True when everything a reader sees outside `container` is short lines — a title, 时间/来源,
 * link and attachment names — and no table: the container is the article even when it holds
 * little text (a page that only titles a PDF attachment).
 */
function onlyShortTextOutside(el: Element, container: Element): boolean {
  for (const child of el.children) {
    if (child === container) continue;
    if (child.type === "text") {
      if (child.data.replace(/[\s\u00a0\u3000]+/g, "").length > LONGEST_CHROME_LINE) return false;
    } else if (child.type === "tag") {
      const tag = child as Element;
      if (isBoilerplate(tag)) continue;
      if (tag.name === "table" || !onlyShortTextOutside(tag, container)) return false;
    }
  }
  return true;
}
