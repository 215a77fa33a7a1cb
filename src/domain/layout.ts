/**
 * What pages print around the content, and the marks that start a block: page numbers, template
 * labels beside tables, unit and department lines above them, a web portal's furniture around an
 * archived page. The extractors (extract/pdf/*, extract/text/*) read these to deliver layout only;
 * every entry carries examples that tests/domain/layout.test.ts runs. These are regular
 * expressions (layout has shapes, not phrases), matched on the text as printed.
 */

const CN = "[一二三四五六七八九十]";

// ---------------------------------------------------------------------------------------------
// PDF pages (extract/pdf/drop-furniture.ts, build-paragraphs.ts, aligned-header.ts)

/** Printed page numbers: "3", "- 3 -", "—3—", "第 3 页", "第3页 共20页", "3/20". */
export const PAGE_NUMBER = /^(?:[-—–－~]*\s*\d{1,4}\s*[-—–－~]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–－]\s*[ivxlcIVXLC]{1,6}\s*[-—–－])$/u;
/** A page number that says so (dashed, 第…页) is furniture anywhere on the page, not only in a margin. */
export const PAGE_NUMBER_SIGN = /[-—–－第页]/;
/** Template labels printed beside a table title: 公开 09 表, 公开09表, 公开表一 (省人大 2018 / 2019). */
export const TABLE_LABEL = new RegExp(`^公开\\s*(?:\\d{1,2}\\s*表|表\\s*${CN}{1,3})$`, "u");
/**
 * A table's unit line (单位：万元, 单 位：元, "公开01表　单位：万元", "部门：某某局　金额单位：万元"): repeated near the
 * top of pages, yet never furniture. 编制单位：/预算单位： alone name the department, not a unit.
 */
export const UNIT_LINE_START = /(?:^|[\s表]|金额)单\s*位\s*[:：]\s*(?:万\s*元|千\s*元|亿\s*元|元)/u;

/** Section markers that always start a new block: 第一部分 一、 （一） 1、 1. （1） and 注： notes. */
export const BLOCK_START = new RegExp(
  `^\\s*(第${CN}+[部分章节]|${CN}{1,3}\\s*[、.．]|[（(]\\s*${CN}{1,3}\\s*[）)]|\\d{1,2}\\s*[、．](?!\\d)|\\d{1,2}\\.(?!\\d)|[（(]\\s*\\d{1,2}\\s*[）)]|注\\s*[：:]|附件|附表)`,
  "u",
);

/** Lines that are never a table's header: the unit, the department, a title ending in 表, a note. */
export const NOT_HEADER_LINE = /单\s*位\s*[:：]|^(?:部\s*门|编制单位|预算单位|填报单位)\s*[:：]|表\s*(?:[（(][^）)]{1,12}[）)])?$|^注\s*[:：]/u;

// ---------------------------------------------------------------------------------------------
// Web pages saved by an archiver (extract/text/read-archived-page.ts, read-flattened-table.ts)

/** The separator between an archived page's metadata and its body: "==== 正文 ====". */
export const ARCHIVE_SEPARATOR = /^=+\s*正文\s*=+$/;
/** The metadata line that gives the page's title: "标题: …" (the label and its colon). */
export const ARCHIVE_TITLE_LABEL = /^标题\s*[:：]\s*/;

/**
 * A portal's furniture around the body, removed in this order: the breadcrumb (当前位置 … QQ空间),
 * a title with its date and share buttons (… 时间：… 微信 微博 QQ空间), a breadcrumb up to the date,
 * the 来源 line and the 附件下载 link at the end.
 */
export const PORTAL_FURNITURE: readonly RegExp[] = [
  /^\s*当前位置[:：].*QQ空间\s*/u,
  /^[^。；]{0,80}?时间[:：]\s*\S+\s+\S+\s+微信\s+微博\s+QQ空间\s*/u,
  /^\s*当前位置[:：].*?时间[:：]\s*\S+\s+\S+\s*/u,
  /\s*来源[:：].*$/u,
  /\s*附件下载\s*$/u,
];

/**
 * Where a page body run onto one line breaks again: after 。, before a numbered item （一） / 一、,
 * before 部门（单位）：, 单位：, 附件 N, and after a table's title (…表).
 */
export const ARCHIVED_LINE_BREAK = new RegExp(
  `(?<=。)\\s*|\\s+(?=[（(]${CN}{1,3}[）)])|\\s+(?=${CN}{1,3}、)|(?<=[:：])(?=一、)|\\s+(?=部门[（(]单位[）)][:：]|单位[:：]|附件\\s*[\\d一二三四五六七八九十])|(?<=表)\\s*(?=部门[（(]单位[）)][:：])|(?<=表)\\s+`,
  "u",
);

/** A short numbered title before a space ("八、机关运行经费支出情况 2016年…"): group 1 the title, 2 the rest. */
export const RUN_IN_HEADING = new RegExp(`^((?:${CN}{1,3}、|[（(]${CN}{1,3}[）)])\\s*[^\\s，。：；,;:]{2,30})\\s+(\\S.*)$`, "u");
/** … unless the rest opens with the phrase's own amount ("（二）2015本年支出 5187.13万元"). */
export const AMOUNT_START = /^[-\d.,]+\s*(?:亿元|万元|千元|元|%|％)/;

/**
 * "一、部门主要职责平潭综合实验区…": a top-level title glued to its text. The disclosure template's
 * section titles end in a few words (…职责, …基本情况, …支出决算情况, 名词解释); group 1 is the title
 * up to the first of them that a new phrase follows.
 */
export const GLUED_HEADING_ENDINGS = ["主要职责", "基本情况", "工作总结", "工作任务", "总体情况", "支出情况", "决算情况", "名词解释", "其他事项", "重要事项说明", "补充说明"] as const;
export const GLUED_HEADING = new RegExp(
  `^(${CN}{1,3}、\\s*[^\\s，。：；,;:（(]{2,28}?(?:${GLUED_HEADING_ENDINGS.join("|")}))(?![\\s，。：；,;:、的和及与说表）)]|$|[（(](?!${CN}{1,3}[）)]))`,
  "u",
);

/** A table flattened into a line: its header opens at 项目 … */
export const FLATTENED_HEADER_START = /项\s*目/u;
/** … and its 合计 row is followed by two or more amounts: group 1 合计, group 2 the amounts. */
export const FLATTENED_TOTAL = /(?:^|\s)(合\s*计)((?:\s+-?[\d,]+(?:\.\d+)?){2,})(?=\s|$)/u;
/** A page title that names a table (…表) is the flattened table's caption. */
export const TABLE_TITLE_END = /表$/;
/** A line above a table that is its title: it ends in 表, perhaps with a bracketed note ("…支出表（功能分类）"). */
export const TABLE_CAPTION_END = /表\s*(?:[（(][^）)]{1,12}[）)])?$/u;

// ---------------------------------------------------------------------------------------------
// Spreadsheets (extract/xlsx/read-sheet.ts)

/** Heading rows that are labels, not a title: 单位：…, 编制单位 / 填报部门, 部门：… / 部门名称：…. */
export const SHEET_LABEL_LINE = /单位\s*[:：]|^(?:编制|填报)(?:单位|部门)|^部门(?:名称)?[:：]/;
/** "公开05表", "表一", "附表3": a table's number, not its title. */
export const TABLE_NUMBER = /^(?:公开|附)?表?\s*[\d一二三四五六七八九十]+(?:[-－]\d+)?\s*表?$/;

// ---------------------------------------------------------------------------------------------
// Fonts and styles (extract/pdf/read-page.ts, pdfium-page.ts, extract/docx/number-paragraphs.ts,
// extract/html/html-style.ts), and contents pages (extract/pdf/assemble-blocks.ts)

/** A font name that prints bold: Bold, Black, Hei (黑体), 方正黑体 (FZHT), 小标宋 (FZXBS), 中宋, 大标宋 (FZDBS). */
export const BOLD_FONT_NAME = /bold|black|heavy|demi|hei|黑|FZHT|FZXBS|XBS|小标宋|zhongsong|中宋|FZDBS/i;
/** A Word paragraph style that is a heading: "heading 2", "标题 1". */
export const HEADING_STYLE_NAME = /^(?:heading|标题)\s*\d$/i;
/** An HTML class of a heading (Word's export: MsoHeading2, heading-3, 标题1): group 1 or 2 the level. */
export const HEADING_CLASS = /^(?:mso)?heading\s*-?(\d)$|^标题\s*(\d)$/i;
/** A contents page's title line: 目录, 目 录. */
export const CONTENTS_TITLE = /^目\s*录$/u;

// ---------------------------------------------------------------------------------------------
// Tables printed as text

/** A 项目 | 金额 table flattened onto one line (收入支出决算批复表): its header, 项 目 金 额 [备 注]. */
export const LABEL_VALUE_HEADER = /项\s*目\s*金\s*额(?:\s*备\s*注)?/u;

/** Examples run by tests/domain/layout.test.ts: [input, expected]. */
export const LAYOUT_EXAMPLES = {
  pageNumbers: [["- 3 -", true], ["第 3 页", true], ["第3页 共20页", true], ["3/20", true], ["- ii -", true], ["2026年", false], ["第一部分", false]],
  pageNumberSigns: [["- 3 -", true], ["第 3 页", true], ["12", false]],
  tableLabels: [["公开 09 表", true], ["公开表一", true], ["公开", false]],
  tableCaptions: [["一般公共预算支出表", true], ["一般公共预算支出表（按功能分类）", true], ["部门收支总表", true], ["（见下表）注：本表为空", false], ["表中数据", false]],
  unitLines: [["单 位：万元", true], ["单位:元", true], ["公开01表　　单位：万元", true], ["部门：某某局 金额单位：万元", true], ["预算单位：某某局", false], ["编制单位：某某局", false]],
  blockStarts: [["第一部分 部门概况", true], ["一、主要职能", true], ["（一）收入", true], ["1、支出", true], ["1.5万元", false], ["注：本表", true], ["附件2", true], ["收入预算", false]],
  notHeaderLines: [["单位：万元", true], ["部门：某某局", true], ["一般公共预算支出表", true], ["支出表（续）", true], ["注：无数据", true], ["项目 合计 基本支出", false]],
  archiveSeparators: [["==== 正文 ====", true], ["正文", false]],
  archiveTitles: [["标题: 某某局2016年部门决算", "某某局2016年部门决算"], ["标题：某某", "某某"]],
  portalFurniture: [
    ["当前位置：首页 > 财政 微信 微博 QQ空间 一、部门职责", "一、部门职责"],
    ["某某局2016年部门决算 时间：2017-08-01 10:00 微信 微博 QQ空间 一、部门职责", "一、部门职责"],
    ["当前位置：首页 > 公开 时间：2017-08-01 10:00 一、部门职责", "一、部门职责"],
    ["一、部门职责 来源：某某局", "一、部门职责"],
    ["一、部门职责 附件下载", "一、部门职责"],
  ],
  archivedLineBreaks: [
    ["收入10万元。支出8万元。", ["收入10万元。", "支出8万元。"]],
    ["概况 （一）职责 二、机构", ["概况", "（一）职责", "二、机构"]],
    ["三公经费决算表 部门（单位）：某某局 单位：万元", ["三公经费决算表", "部门（单位）：某某局", "单位：万元"]],
  ],
  runInHeadings: [["八、机关运行经费支出情况 2016年机关运行经费支出22.04万元", "八、机关运行经费支出情况"], ["收入 10万元", undefined]],
  amountStarts: [["5187.13万元", true], ["2016年机关运行经费", false]],
  gluedHeadings: [["一、部门主要职责平潭综合实验区的主要职责是", "一、部门主要职责"], ["一、部门基本情况说明", undefined]],
  sheetLabelLines: [["单位：万元", true], ["编制单位：某某局", true], ["部门名称：某某局", true], ["一般公共预算支出表", false]],
  tableNumbers: [["公开05表", true], ["表一", true], ["附表3", true], ["3-1", true], ["一般公共预算支出表", false]],
  boldFontNames: [["SimHei", true], ["FZXBSJW--GB1-0", true], ["方正小标宋简体", true], ["SimSun", false]],
  headingStyleNames: [["heading 2", true], ["标题 1", true], ["正文", false]],
  headingClasses: [["MsoHeading2", "2"], ["heading-3", "3"], ["标题1", "1"], ["MsoNormal", undefined]],
  contentsTitles: [["目 录", true], ["目录", true], ["部门预算目录", false]],
  labelValueHeaders: [["单位：万元项 目金 额备注年初结转和结余161.90", "项 目金 额备注"], ["项目支出", undefined]],
  flattenedTotals: [["项目 合计 基本支出 合计 100.00 60.00 40.00", "100.00 60.00 40.00"], ["合计 100.00", undefined]],
} as const;
