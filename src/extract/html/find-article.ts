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

/**
 * The element holding the article: a known content container when it carries most of the page's
 * text, else <body>. Reading only the container drops whatever portal chrome the class-based
 * filter misses.
 */
export function findArticleRoot($: CheerioAPI): Element {
  const body = ($("body")[0] ?? $.root()[0]) as Element;
  const bodyLength = $(body).text().replace(/\s+/g, "").length;
  for (const selector of articleSelectors) {
    for (const el of $(selector).toArray()) {
      const length = $(el).text().replace(/\s+/g, "").length;
      if (length > 0 && length >= bodyLength * 0.5) return el as Element;
    }
  }
  return body;
}
