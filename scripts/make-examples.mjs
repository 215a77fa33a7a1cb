#!/usr/bin/env node
// Writes the bundled examples in examples/: three disclosures of two fictional bodies of 示例县, made
// like the real ones (the nine standard tables, the narrative sections 一…九, figures in 万元), so
// `npm start` shows what yusuan does on a small folder. The numbers are computed here, so every
// identity holds except the contradictions planted on purpose in the 教育局 document (listed in
// examples/README.md). HTML is written here; LibreOffice turns it into PDF and Word:
//   apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
//   node scripts/make-examples.mjs
// The outputs are committed, so nothing here runs at install or test time.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, copyFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--unruled DIR`: the same documents with tables printed without ruling lines (and every file as PDF),
// written to DIR — a harder reading, used to test the aligned-column reader; not committed.
// `--xlsx DIR`: each document's tables as an Excel workbook (one sheet per table, numbers as numbers),
// as many counties publish them; also not committed.
const unruledAt = process.argv.indexOf("--unruled");
const unruled = unruledAt > 0;
const xlsxAt = process.argv.indexOf("--xlsx");
// `--yuan-split DIR`: tables in 元 (amounts ×10,000) with the code split into 类 | 款 | 项 columns, as
// several provinces print them; not committed.
const yuanAt = process.argv.indexOf("--yuan-split");
const yuanSplit = yuanAt > 0;
const variantAt = process.argv.indexOf("--variant");
const variant = variantAt > 0;
const out = unruled ? process.argv[unruledAt + 1] : xlsxAt > 0 ? process.argv[xlsxAt + 1] : yuanSplit ? process.argv[yuanAt + 1] : variant ? process.argv[variantAt + 1] : join(root, "examples");

/** 分 → "1,234.56". */
const wan = (fen) => {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 1_000_000).toLocaleString("en-US");
  const frac = String(Math.round((abs % 1_000_000) / 10_000)).padStart(2, "0");
  return `${sign}${whole}.${frac}`;
};
/** "1,234.56" 万元 → 分 (exact). */
const fen = (text) => {
  const [w, f = ""] = text.replace(/,/g, "").split(".");
  return Number(w) * 1_000_000 + Number((f + "00").slice(0, 2)) * 10_000;
};
const pct = (part, whole) => ((part / whole) * 100).toFixed(2);
const cell = (fenValue) => (fenValue ? wan(fenValue) : "");

const CLASS_NAMES = {
  "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
  "210": "卫生健康支出", "21011": "行政事业单位医疗",
  "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出",
  "205": "教育支出", "20501": "教育管理事务", "20502": "普通教育",
  "213": "农林水支出", "21301": "农业农村",
  "221": "住房保障支出", "22102": "住房改革支出",
};
const ECON_NAMES = {
  "301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助",
};

/**
 * One body's budget: leaf 项 with their basic/project amounts and fund, the 基本支出 by 经济分类 款,
 * 三公, and a few narrative facts. `plant` lists contradictions printed on purpose.
 */
function budget(spec) {
  const leaves = spec.leaves.map(([code, name, basic, project, fund = "general"]) => ({ code, name, basic: fen(basic), project: fen(project), fund }));
  const sum = (rows, f) => rows.reduce((t, r) => t + f(r), 0);
  const general = leaves.filter((l) => l.fund === "general");
  const govFund = leaves.filter((l) => l.fund === "fund");
  const other = leaves.filter((l) => l.fund === "other");
  const t = {
    general: sum(general, (l) => l.basic + l.project),
    fund: sum(govFund, (l) => l.basic + l.project),
    other: sum(other, (l) => l.basic + l.project),
    basic: sum(leaves, (l) => l.basic),
    project: sum(leaves, (l) => l.project),
    generalBasic: sum(general, (l) => l.basic),
    generalProject: sum(general, (l) => l.project),
  };
  t.total = t.general + t.fund + t.other;
  const econ = spec.econ.map(([code, name, amount]) => ({ code, name, amount: fen(amount) }));
  const personnel = sum(econ.filter((e) => e.code.startsWith("301") || e.code.startsWith("303")), (e) => e.amount);
  const publicUse = sum(econ.filter((e) => e.code.startsWith("302")), (e) => e.amount);
  if (personnel + publicUse !== t.generalBasic) throw new Error(`${spec.body}: 经济分类 ${wan(personnel + publicUse)} ≠ 基本支出 ${wan(t.generalBasic)}`);
  const tp = Object.fromEntries(Object.entries(spec.threePublic).map(([k, v]) => [k, fen(v)]));
  tp.car = tp.carBuy + tp.carRun;
  tp.total = tp.abroad + tp.car + tp.reception;
  return { ...spec, leaves, general, govFund, other, t, econ, personnel, publicUse, tp };
}

/** Rows of the 功能分类 table: 类, 款, 项 with their sums (a planted typo may replace one printed value). */
function classRows(leaves, plant = {}) {
  const groups = new Map();
  for (const l of leaves) {
    for (const code of [l.code.slice(0, 3), l.code.slice(0, 5), l.code]) {
      const g = groups.get(code) ?? { code, name: code.length === 7 ? l.name : CLASS_NAMES[code], basic: 0, project: 0 };
      g.basic += l.basic;
      g.project += l.project;
      groups.set(code, g);
    }
  }
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code)).map((g) => {
    const total = plant[g.code] !== undefined ? fen(plant[g.code]) : g.basic + g.project;
    return { ...g, total };
  });
}

function econRows(econ) {
  const rows = [];
  for (const cls of ["301", "302", "303"]) {
    const items = econ.filter((e) => e.code.startsWith(cls));
    if (!items.length) continue;
    rows.push({ code: cls, name: ECON_NAMES[cls], amount: items.reduce((t, e) => t + e.amount, 0) });
    rows.push(...items);
  }
  return rows;
}

const STYLE = `body{font-family:'Noto Sans CJK SC';font-size:10.5pt;line-height:1.5}
h1{font-size:20pt;text-align:center;font-weight:bold;margin-top:120pt}
h2{font-size:15pt;font-weight:bold;text-align:center} h3{font-size:12pt;font-weight:bold} h4{font-size:10.5pt;font-weight:bold}
p.c{text-align:center} p.r{text-align:right} .t{text-align:center;font-size:13pt;font-weight:bold}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:1pt 3pt;font-size:9pt;font-weight:normal}
td.n{text-align:right} .pb{page-break-before:always}`;

function page(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

/** `--yuan-split`: amounts in 元, and a 科目编码 column split into 类 | 款 | 项. */
function inYuanSplit(unitLine, header, rows) {
  const yuan = (c) => (/^-?[\d,]+\.\d{2}$/.test(c) ? (fen(c) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 }) : c);
  unitLine = unitLine.replace("万元", "元");
  rows = rows.map((r) => r.map(yuan));
  const codeAt = header.findIndex((r) => r.some(([t]) => t === "科目编码"));
  if (codeAt < 0 || header[codeAt][0][0] !== "科目编码") return { unitLine, header, rows };
  const [, span = ""] = header[codeAt][0];
  const rowspan = /rowspan="(\d+)"/.exec(span)?.[1];
  // The cell over the code column in the rows above (项目 over 科目编码 | 科目名称) widens by two.
  const widen = ([t, sp = ""]) => [t, /colspan="(\d+)"/.test(sp) ? sp.replace(/colspan="(\d+)"/, (_, n) => `colspan="${Number(n) + 2}"`) : `${sp} colspan="3"`];
  header = header.map((r, k) => (k < codeAt ? [widen(r[0]), ...r.slice(1)] : r));
  header = header.map((r, k) => (k === codeAt ? [[`科目编码`, ` colspan="3"`], ...r.slice(1).map(([t, sp = ""]) => [t, rowspan ? sp : `${sp} rowspan="2"`])] : r));
  const sub = [["类"], ["款"], ["项"]];
  header = [...header.slice(0, codeAt + 1), rowspan ? sub : sub, ...header.slice(codeAt + 1)];
  if (rowspan) header[codeAt + 1] = [...sub, ...(header[codeAt + 2] ?? [])], header.splice(codeAt + 2, 1);
  rows = rows.map((r) => {
    const code = /^\d{3,7}$/.test(r[0]) ? r[0] : "";
    return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7), ...r.slice(code ? 1 : 1)];
  });
  return { unitLine, header, rows };
}

/** The tables of the document being rendered, for `--xlsx` (one sheet each). */
let sheets = [];

function table(no, title, unitLine, header, rows) {
  if (yuanSplit) ({ unitLine, header, rows } = inYuanSplit(unitLine, header, rows));
  sheets.push({ no, title, unitLine, header, rows });
  const head = header.map((r) => `<tr>${r.map(([text, span = ""]) => `<th${span}>${text}</th>`).join("")}</tr>`).join("\n");
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i > 0 && /^[\d,.-]*$/.test(c) ? `<td align="right">${c}</td>` : `<td>${c}</td>`)).join("")}</tr>`).join("\n");
  // 决算 tables carry their 公开NN表 number on the unit line; budgets print 表N above the title.
  const label = String(no).startsWith("公开") ? "" : `表${no}`;
  return `<p style="page-break-before:always">${label}</p>\n<p align="center"><b>${title}</b></p>\n<p align="right">${unitLine}</p>\n<table border="${unruled ? 0 : 1}" cellspacing="0" cellpadding="2" width="100%">\n${head}\n${body}\n</table>\n`;
}

function render(b, last) {
  sheets = [];
  const y = b.year;
  const body = b.body;
  const name = `${body}${y}年部门预算`;
  const cls = classRows(b.general, b.plant?.classRows);
  const fundCls = classRows(b.govFund);
  const allCls = classRows(b.leaves);
  const tp = b.tp;
  const tpPrinted = b.plant?.threePublicText ? fen(b.plant.threePublicText) : tp.total;
  const revenueRows = [
    ["一、一般公共预算拨款收入", cell(b.t.general)], ["二、政府性基金预算拨款收入", cell(b.t.fund)],
    ["三、国有资本经营预算拨款收入", ""], ["四、财政专户管理资金收入", ""], ["五、事业收入", ""], ["六、其他收入", cell(b.t.other)],
  ];
  const byClass = classRows(b.leaves).filter((r) => r.code.length === 3);
  const n = Math.max(revenueRows.length, byClass.length);
  const summary = [];
  for (let i = 0; i < n; i++) {
    const [rl, rv] = revenueRows[i] ?? ["", ""];
    const c = byClass[i];
    summary.push([rl, rv, c ? `${"一二三四五六七八九十"[i]}、${c.name}` : "", c ? wan(c.total) : ""]);
  }
  summary.push(["本年收入合计", wan(b.t.total), "本年支出合计", wan(b.t.total)]);
  summary.push(["上年结转", "", "年末结转", ""]);
  summary.push(["收入总计", wan(b.t.total), "支出总计", wan(b.t.total)]);

  const change = b.t.total - last;
  const changeWord = change >= 0 ? "增加" : "减少";
  const toc = ["第一部分 部门概况", "一、部门主要职责", "二、部门预算单位构成", `第二部分 ${y}年部门预算表`, `第三部分 ${y}年部门预算情况说明`, "第四部分 名词解释"];
  let html = `<h1>${name}</h1>\n<p class="c">${y}年2月</p>\n`;
  html += `<h2 style="page-break-before:always">目录</h2>\n${toc.map((t) => `<p>${t}</p>`).join("\n")}\n`;
  html += `<h2 style="page-break-before:always">第一部分 部门概况</h2>\n<h3>一、部门主要职责</h3>\n<p>${b.duties}</p>\n`;
  html += `<h3>二、部门预算单位构成</h3>\n<p>从预算单位构成看，纳入${body}${y}年部门预算编制范围的预算单位共${b.units.length}个，具体包括：${b.units.join("、")}。</p>\n`;
  html += `<h2 style="page-break-before:always">第二部分 ${y}年部门预算表</h2>\n<p>（见下页）</p>\n`;
  html += table(1, `${body}${y}年部门收支总表`, "单位：万元", [[["收入"], ["金额"], ["支出"], ["金额"]]], summary);
  html += table(2, `${body}${y}年部门收入总表`, "单位：万元",
    [[["科目编码"], ["科目名称"], ["合计"], ["一般公共预算拨款收入"], ["政府性基金预算拨款收入"], ["其他收入"]]],
    [["", "合计", wan(b.t.total), cell(b.t.general), cell(b.t.fund), cell(b.t.other)],
      ...allCls.map((r) => {
        const g = classRows(b.general).find((x) => x.code === r.code)?.total ?? 0;
        const f = fundCls.find((x) => x.code === r.code)?.total ?? 0;
        const o = classRows(b.other).find((x) => x.code === r.code)?.total ?? 0;
        return [r.code, r.name, wan(r.total), cell(g), cell(f), cell(o)];
      })]);
  html += table(3, `${body}${y}年部门支出总表`, "单位：万元",
    [[["科目编码"], ["科目名称"], ["合计"], ["基本支出"], ["项目支出"]]],
    [["", "合计", wan(b.t.total), cell(b.t.basic), cell(b.t.project)], ...allCls.map((r) => [r.code, r.name, wan(r.total), cell(r.basic), cell(r.project)])]);
  const fin = b.t.general + b.t.fund;
  const finClasses = classRows(b.leaves.filter((l) => l.fund !== "other")).filter((r) => r.code.length === 3);
  const finGeneral = classRows(b.general);
  const revenueSide = [["一、本年收入", wan(fin)], ["（一）一般公共预算拨款", wan(b.t.general)], ["（二）政府性基金预算拨款", cell(b.t.fund)]];
  const finRows = [];
  for (let i = 0; i < Math.max(revenueSide.length, finClasses.length); i++) {
    const [rl, rv] = revenueSide[i] ?? ["", ""];
    const c = finClasses[i];
    const g = c ? finGeneral.find((x) => x.code === c.code)?.total ?? 0 : 0;
    const f = c ? fundCls.find((x) => x.code === c.code)?.total ?? 0 : 0;
    finRows.push([rl, rv, c ? c.name : "", c ? wan(c.total) : "", c ? cell(g) : "", c ? cell(f) : ""]);
  }
  finRows.push(["收入总计", wan(fin), "支出总计", wan(fin), wan(b.t.general), cell(b.t.fund)]);
  html += table(4, `${body}${y}年财政拨款收支总表`, "单位：万元",
    [[["收入"], ["金额"], ["支出"], ["合计"], ["一般公共预算"], ["政府性基金预算"]]], finRows);
  html += table(5, `${body}${y}年一般公共预算支出表`, "单位：万元",
    [[["科目编码", ' rowspan="2"'], ["科目名称", ' rowspan="2"'], [`${y}年预算数`, ' colspan="3"']], [["合计"], ["基本支出"], ["项目支出"]]],
    [["", "合计", wan(b.t.general), wan(b.t.generalBasic), cell(b.t.generalProject)], ...cls.map((r) => [r.code, r.name, wan(r.total), cell(r.basic), cell(r.project)])]);
  const econ = econRows(b.econ);
  html += table(6, `${body}${y}年一般公共预算基本支出表`, "单位：万元",
    [[["科目编码", ' rowspan="2"'], ["科目名称", ' rowspan="2"'], [`${y}年基本支出`, ' colspan="3"']], [["合计"], ["人员经费"], ["公用经费"]]],
    [["", "合计", wan(b.t.generalBasic), wan(b.personnel), wan(b.publicUse)],
      ...econ.map((e) => {
        const personnelRow = e.code.startsWith("301") || e.code.startsWith("303");
        return [e.code, e.name, wan(e.amount), personnelRow ? wan(e.amount) : "", personnelRow ? "" : wan(e.amount)];
      })]);
  html += table(7, `${body}${y}年一般公共预算“三公”经费支出表`, "单位：万元",
    [[["合计", ' rowspan="2"'], ["因公出国（境）费", ' rowspan="2"'], ["公务用车购置及运行费", ' colspan="3"'], ["公务接待费", ' rowspan="2"']],
      [["小计"], ["公务用车购置费"], ["公务用车运行费"]]],
    [[wan(tp.total), wan(tp.abroad), wan(tp.car), wan(tp.carBuy), wan(tp.carRun), wan(tp.reception)]]);
  html += table(8, `${body}${y}年政府性基金预算支出表`, "单位：万元",
    [[["科目编码"], ["科目名称"], ["合计"], ["基本支出"], ["项目支出"]]],
    b.govFund.length
      ? [["", "合计", wan(b.t.fund), "", wan(b.t.fund)], ...fundCls.map((r) => [r.code, r.name, wan(r.total), cell(r.basic), cell(r.project)])]
      : [["", "", "", "", ""]]);
  if (!b.govFund.length) html += `<p>注：本部门${y}年无政府性基金预算拨款安排的支出，此表为空表。</p>\n`;
  html += table(9, `${body}${y}年国有资本经营预算支出表`, "单位：万元",
    [[["科目编码"], ["科目名称"], ["合计"], ["基本支出"], ["项目支出"]]], [["", "", "", "", ""]]);
  html += `<p>注：本部门${y}年无国有资本经营预算拨款安排的支出，此表为空表。</p>\n`;

  // Narrative.
  const p = (s) => `<p>${s}</p>\n`;
  html += `<h2 style="page-break-before:always">第三部分 ${y}年部门预算情况说明</h2>\n`;
  html += `<h3>一、收支预算总体情况</h3>\n` + p(`按照综合预算的原则，${body}所有收入和支出均纳入部门预算管理。${y}年收入预算总计${wan(b.t.total)}万元，支出预算总计${wan(b.t.total)}万元。与上年相比，收支预算总计各${changeWord}${wan(Math.abs(change))}万元，${change >= 0 ? "增长" : "下降"}${pct(Math.abs(change), last)}%。主要原因是${b.reason}。`);
  html += `<h3>二、收入预算情况</h3>\n` + p(`${y}年部门收入预算${wan(b.t.total)}万元，其中：一般公共预算拨款收入${wan(b.t.general)}万元，占${pct(b.t.general, b.t.total)}%；${b.t.fund ? `政府性基金预算拨款收入${wan(b.t.fund)}万元，占${pct(b.t.fund, b.t.total)}%；` : ""}${b.t.other ? `其他收入${wan(b.t.other)}万元，占${pct(b.t.other, b.t.total)}%。` : ""}`);
  html += `<h3>三、支出预算情况</h3>\n` + p(`${y}年部门支出预算${wan(b.t.total)}万元，其中：基本支出${wan(b.t.basic)}万元，占${pct(b.t.basic, b.t.total)}%；项目支出${wan(b.t.project)}万元，占${pct(b.t.project, b.t.total)}%。`);
  html += `<h3>四、财政拨款收支预算总体情况</h3>\n` + p(`${y}年财政拨款收支预算总计${wan(fin)}万元，其中一般公共预算拨款${wan(b.t.general)}万元${b.t.fund ? `，政府性基金预算拨款${wan(b.t.fund)}万元` : ""}。`);
  html += `<h3>五、一般公共预算当年拨款情况</h3>\n` + p(`${y}年一般公共预算拨款支出${wan(b.t.general)}万元，其中：基本支出${wan(b.t.generalBasic)}万元，项目支出${wan(b.t.generalProject)}万元。主要用于以下方面：`)
    + cls.filter((r) => r.code.length === 3).map((r) => p(`${r.name}${wan(r.total)}万元，占${pct(r.total, b.t.general)}%。`)).join("");
  html += `<h3>六、一般公共预算基本支出情况</h3>\n` + p(`${y}年一般公共预算基本支出${wan(b.t.generalBasic)}万元，其中：人员经费${wan(b.personnel)}万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金等；公用经费${wan(b.publicUse)}万元，主要包括办公费、差旅费、公务接待费、公务用车运行维护费等。`);
  html += `<h3>七、一般公共预算“三公”经费预算情况</h3>\n` + p(`${y}年“三公”经费预算数为${wan(tpPrinted)}万元，比上年${b.threePublicChange}。其中：因公出国（境）费${wan(tp.abroad)}万元；公务用车购置及运行费${wan(tp.car)}万元（其中公务用车购置费${wan(tp.carBuy)}万元，公务用车运行费${wan(tp.carRun)}万元）；公务接待费${wan(tp.reception)}万元。`);
  html += `<h3>八、政府性基金预算支出情况</h3>\n` + p(b.t.fund ? `${y}年政府性基金预算拨款支出${wan(b.t.fund)}万元，用于${b.fundUse}。` : `本部门${y}年无政府性基金预算拨款安排的支出。`);
  html += `<h3>九、其他重要事项的情况说明</h3>\n`;
  html += `<h4>（一）机关运行经费</h4>\n` + p(`${y}年本部门机关运行经费预算${b.running}万元，主要用于办公及印刷、邮电、差旅、水电、物业管理、公务用车运行维护等。`);
  const pr = b.procurement.map(fen);
  html += `<h4>（二）政府采购情况</h4>\n` + p(`${y}年本部门政府采购预算总额${wan(pr[0] + pr[1] + pr[2])}万元，其中：货物类${wan(pr[0])}万元，工程类${wan(pr[1])}万元，服务类${wan(pr[2])}万元。`);
  html += `<h4>（三）国有资产占用情况</h4>\n` + p(`截至${y - 1}年12月31日，本部门共有车辆${b.cars}辆，其中一般公务用车${b.cars}辆；单价50万元以上的通用设备0台（套）。`);
  html += `<h4>（四）预算绩效目标设置情况</h4>\n` + p(`${y}年本部门实行绩效目标管理的项目${b.perfProjects}个，涉及一般公共预算拨款${wan(b.t.generalProject)}万元。`);
  html += `<h2 style="page-break-before:always">第四部分 名词解释</h2>\n` + p("一、财政拨款收入：指本级财政当年拨付的资金。") + p("二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
    + p("三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。") + p("四、“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。");
  return { name, html, sheets };
}

const agriculture = {
  body: "示例县农业农村局",
  duties: "贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作的发展战略、中长期规划和重大政策；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理。",
  units: ["示例县农业农村局（本级）", "示例县农业技术推广中心"],
  reason: "高标准农田建设和农业生产发展项目增加",
  fundUse: "高标准农田建设",
  running: "68.50",
  procurement: ["60.00", "0.00", "150.00"],
  cars: 3,
  perfProjects: 4,
};
const agri2025 = budget({
  ...agriculture, year: 2025,
  leaves: [
    ["2080505", "机关事业单位基本养老保险缴费支出", "62.40", "0"], ["2080506", "机关事业单位职业年金缴费支出", "31.20", "0"],
    ["2101101", "行政单位医疗", "18.60", "0"], ["2101102", "事业单位医疗", "12.40", "0"],
    ["2120814", "农业生产发展支出", "0", "300.00", "fund"],
    ["2130101", "行政运行", "386.52", "0"], ["2130104", "事业运行", "95.80", "0"], ["2130106", "科技转化与推广服务", "0", "150.00"],
    ["2130108", "病虫害控制", "0", "80.00"], ["2130122", "农业生产发展", "0", "265.64"], ["2130199", "其他农业农村支出", "0", "20.00", "other"],
    ["2210201", "住房公积金", "47.40", "0"],
  ],
  econ: [
    ["30101", "基本工资", "180.00"], ["30102", "津贴补贴", "120.00"], ["30103", "奖金", "40.00"],
    ["30108", "机关事业单位基本养老保险缴费", "62.40"], ["30109", "职业年金缴费", "31.20"], ["30110", "职工基本医疗保险缴费", "31.00"],
    ["30113", "住房公积金", "47.40"], ["30199", "其他工资福利支出", "68.12"],
    ["30201", "办公费", "20.00"], ["30211", "差旅费", "12.00"], ["30217", "公务接待费", "2.30"], ["30228", "工会经费", "8.00"],
    ["30229", "福利费", "6.00"], ["30231", "公务用车运行维护费", "10.00"], ["30299", "其他商品和服务支出", "15.90"],
  ],
  threePublic: { abroad: "0.00", carBuy: "0.00", carRun: "10.00", reception: "2.30" },
  threePublicChange: "减少0.50万元，主要原因是厉行节约，压减公务接待",
});
const agri2024 = budget({
  ...agriculture, year: 2024, reason: "农业技术推广项目增加", procurement: ["55.00", "0.00", "120.00"], running: "66.20", perfProjects: 3,
  leaves: [
    ["2080505", "机关事业单位基本养老保险缴费支出", "60.10", "0"], ["2080506", "机关事业单位职业年金缴费支出", "30.05", "0"],
    ["2101101", "行政单位医疗", "18.20", "0"], ["2101102", "事业单位医疗", "12.10", "0"],
    ["2120814", "农业生产发展支出", "0", "260.00", "fund"],
    ["2130101", "行政运行", "371.30", "0"], ["2130104", "事业运行", "92.45", "0"], ["2130106", "科技转化与推广服务", "0", "160.00"],
    ["2130108", "病虫害控制", "0", "75.00"], ["2130122", "农业生产发展", "0", "255.00"],
    ["2210201", "住房公积金", "46.00", "0"],
  ],
  econ: [
    ["30101", "基本工资", "175.00"], ["30102", "津贴补贴", "115.00"], ["30103", "奖金", "38.00"],
    ["30108", "机关事业单位基本养老保险缴费", "60.10"], ["30109", "职业年金缴费", "30.05"], ["30110", "职工基本医疗保险缴费", "30.30"],
    ["30113", "住房公积金", "46.00"], ["30199", "其他工资福利支出", "64.85"],
    ["30201", "办公费", "19.00"], ["30211", "差旅费", "11.50"], ["30217", "公务接待费", "2.80"], ["30228", "工会经费", "7.90"],
    ["30229", "福利费", "5.80"], ["30231", "公务用车运行维护费", "10.00"], ["30299", "其他商品和服务支出", "13.90"],
  ],
  threePublic: { abroad: "0.00", carBuy: "0.00", carRun: "10.00", reception: "2.80" },
  threePublicChange: "持平",
});
const education2025 = budget({
  body: "示例县教育局", year: 2025,
  duties: "贯彻执行国家和省、市有关教育工作的方针政策，拟订全县教育事业发展规划；统筹管理全县各级各类教育，负责教育经费的统筹管理。",
  units: ["示例县教育局（本级）", "示例县第一中学", "示例县实验小学"],
  reason: "教师绩效工资标准调整",
  running: "42.30",
  procurement: ["320.00", "85.00", "60.00"],
  cars: 2,
  perfProjects: 6,
  leaves: [
    ["2050101", "行政运行", "210.40", "0"], ["2050199", "其他教育管理事务支出", "0", "35.00"],
    ["2050202", "小学教育", "3,120.60", "180.00"], ["2050203", "初中教育", "2,480.30", "150.00"], ["2050204", "高中教育", "1,960.75", "260.00"],
    ["2080505", "机关事业单位基本养老保险缴费支出", "812.40", "0"], ["2080506", "机关事业单位职业年金缴费支出", "406.20", "0"],
    ["2101102", "事业单位医疗", "398.10", "0"], ["2210201", "住房公积金", "609.30", "0"],
  ],
  econ: [
    ["30101", "基本工资", "3,050.00"], ["30102", "津贴补贴", "980.00"], ["30107", "绩效工资", "2,650.00"],
    ["30108", "机关事业单位基本养老保险缴费", "812.40"], ["30109", "职业年金缴费", "406.20"], ["30110", "职工基本医疗保险缴费", "398.10"],
    ["30113", "住房公积金", "609.30"], ["30199", "其他工资福利支出", "120.35"],
    ["30201", "办公费", "180.00"], ["30205", "水费", "60.00"], ["30206", "电费", "140.00"], ["30211", "差旅费", "40.00"],
    ["30217", "公务接待费", "3.20"], ["30231", "公务用车运行维护费", "9.60"], ["30299", "其他商品和服务支出", "538.90"],
  ],
  threePublic: { abroad: "0.00", carBuy: "0.00", carRun: "9.60", reception: "3.20" },
  threePublicChange: "减少1.20万元",
  // Printed on purpose (examples/README.md): the 三公 sentence says 13.80 where the table sums to 12.80,
  // and the 205 row of the 一般公共预算支出表 says 8,407.05 where its items sum to 8,397.05.
  plant: { threePublicText: "13.80", classRows: { "205": "8,407.05" } },
});


/**
 * A 部门决算 in the national template (公开01表…公开09表): 行次 and 栏次 columns and rows, the 收入决算表
 * and 支出决算表 with every source and use of money, 基本支出 by 人员经费 and 公用经费 side by side, the
 * 三公 table with 预算数 and 决算数, and the narrative comparing the 决算 with the 年初预算.
 * `b` holds the year's actual spending, `plan` the same year's budget.
 */
function renderFinal(b, plan, last) {
  sheets = [];
  const y = b.year;
  const body = b.body;
  const name = `${body}${y}年度部门决算`;
  const f = b.final;
  const otherRevenue = fen(f.otherRevenue);
  const opening = fen(f.opening);
  const revenue = b.t.general + b.t.fund + otherRevenue;
  const closing = opening + revenue - b.t.total;
  const all = classRows(b.leaves);
  const top = all.filter((r) => r.code.length === 3);
  const cls = classRows(b.general);
  const fundCls = classRows(b.govFund);
  const tp = b.tp;
  const ptp = plan.tp;
  const cn = "一二三四五六七八九十";
  const p = (s) => `<p>${s}</p>\n`;
  const toc = ["第一部分 部门概况", "一、部门主要职责", "二、部门决算单位构成", `第二部分 ${y}年度部门决算表`, `第三部分 ${y}年度部门决算情况说明`, "第四部分 名词解释"];
  let html = `<h1>${name}</h1>\n<p class="c">${y + 1}年8月</p>\n`;
  html += `<h2 style="page-break-before:always">目录</h2>\n${toc.map((t) => `<p>${t}</p>`).join("\n")}\n`;
  html += `<h2 style="page-break-before:always">第一部分 部门概况</h2>\n<h3>一、部门主要职责</h3>\n<p>${b.duties}</p>\n`;
  html += `<h3>二、部门决算单位构成</h3>\n<p>纳入${body}${y}年度部门决算编制范围的单位共${b.units.length}个，包括：${b.units.join("、")}。</p>\n`;
  html += `<h2 style="page-break-before:always">第二部分 ${y}年度部门决算表</h2>\n<p>（见下页）</p>\n`;

  // 公开01表 收入支出决算总表.
  const revenueRows = [["一、一般公共预算财政拨款收入", b.t.general], ["二、政府性基金预算财政拨款收入", b.t.fund], ["三、国有资本经营预算财政拨款收入", 0],
    ["四、上级补助收入", 0], ["五、事业收入", 0], ["六、经营收入", 0], ["七、附属单位上缴收入", 0], ["八、其他收入", otherRevenue]];
  const rows01 = [];
  for (let i = 0; i < Math.max(revenueRows.length, top.length); i++) {
    const r = revenueRows[i];
    const c = top[i];
    rows01.push([r ? r[0] : "", r ? String(i + 1) : "", r ? cell(r[1]) : "", c ? `${cn[i]}、${c.name}` : "", c ? String(31 + i) : "", c ? wan(c.total) : ""]);
  }
  rows01.push(["本年收入合计", "9", wan(revenue), "本年支出合计", "40", wan(b.t.total)]);
  rows01.push(["使用非财政拨款结余", "10", "", "结余分配", "41", ""]);
  rows01.push(["年初结转和结余", "11", wan(opening), "年末结转和结余", "42", wan(closing)]);
  rows01.push(["总计", "12", wan(revenue + opening), "总计", "43", wan(b.t.total + closing)]);
  html += table("公开01表", `${body}收入支出决算总表`, `公开01表　　　　单位：万元`,
    [[["收入", ' colspan="3"'], ["支出", ' colspan="3"']], [["项目"], ["行次"], ["金额"], ["项目"], ["行次"], ["金额"]], [["栏次"], [""], ["1"], ["栏次"], [""], ["2"]]], rows01);

  // 公开02表 收入决算表: the 213 class also holds the 其他收入 not yet spent.
  const unspent = otherRevenue - b.t.other;
  const revenueOf = (r) => r.total + (r.code.startsWith("213") && r.code.length <= 5 ? unspent : 0) + (r.code === "2130199" ? unspent : 0);
  const otherOf = (r) => (classRows(b.other).find((x) => x.code === r.code)?.total ?? 0) + (r.code.startsWith("213") && r.code.length <= 5 ? unspent : 0) + (r.code === "2130199" ? unspent : 0);
  html += table("公开02表", `${body}收入决算表`, "公开02表　　　　单位：万元",
    [[["项目", ' colspan="2"'], ["本年收入合计"], ["财政拨款收入"], ["上级补助收入"], ["事业收入"], ["经营收入"], ["附属单位上缴收入"], ["其他收入"]],
      [["科目编码"], ["科目名称"], [""], [""], [""], [""], [""], [""], [""]],
      [["栏次"], [""], ["1"], ["2"], ["3"], ["4"], ["5"], ["6"], ["7"]]],
    [["", "合计", wan(revenue), wan(b.t.general + b.t.fund), "", "", "", "", wan(otherRevenue)],
      ...all.map((r) => [r.code, r.name, wan(revenueOf(r)), cell(revenueOf(r) - otherOf(r)), "", "", "", "", cell(otherOf(r))])]);

  // 公开03表 支出决算表.
  html += table("公开03表", `${body}支出决算表`, "公开03表　　　　单位：万元",
    [[["项目", ' colspan="2"'], ["本年支出合计"], ["基本支出"], ["项目支出"], ["上缴上级支出"], ["经营支出"], ["对附属单位补助支出"]],
      [["科目编码"], ["科目名称"], [""], [""], [""], [""], [""], [""]],
      [["栏次"], [""], ["1"], ["2"], ["3"], ["4"], ["5"], ["6"]]],
    [["", "合计", wan(b.t.total), wan(b.t.basic), wan(b.t.project), "", "", ""], ...all.map((r) => [r.code, r.name, wan(r.total), cell(r.basic), cell(r.project), "", "", ""])]);

  // 公开04表 财政拨款收入支出决算总表.
  const fin = b.t.general + b.t.fund;
  const finTop = classRows(b.leaves.filter((l) => l.fund !== "other")).filter((r) => r.code.length === 3);
  const finRevenue = [["一、一般公共预算财政拨款", b.t.general], ["二、政府性基金预算财政拨款", b.t.fund], ["三、国有资本经营预算财政拨款", 0]];
  const rows04 = [];
  for (let i = 0; i < Math.max(finRevenue.length, finTop.length); i++) {
    const r = finRevenue[i];
    const c = finTop[i];
    const g = c ? cls.find((x) => x.code === c.code)?.total ?? 0 : 0;
    const fd = c ? fundCls.find((x) => x.code === c.code)?.total ?? 0 : 0;
    rows04.push([r ? r[0] : "", r ? String(i + 1) : "", r ? cell(r[1]) : "", c ? `${cn[i]}、${c.name}` : "", c ? String(33 + i) : "", c ? wan(c.total) : "", c ? cell(g) : "", c ? cell(fd) : "", ""]);
  }
  rows04.push(["本年收入合计", "4", wan(fin), "本年支出合计", "43", wan(fin), wan(b.t.general), cell(b.t.fund), ""]);
  rows04.push(["年初财政拨款结转和结余", "5", "", "年末财政拨款结转和结余", "44", "", "", "", ""]);
  rows04.push(["总计", "8", wan(fin), "总计", "47", wan(fin), wan(b.t.general), cell(b.t.fund), ""]);
  html += table("公开04表", `${body}财政拨款收入支出决算总表`, "公开04表　　　　单位：万元",
    [[["收入", ' colspan="3"'], ["支出", ' colspan="6"']],
      [["项目"], ["行次"], ["金额"], ["项目"], ["行次"], ["合计"], ["一般公共预算财政拨款"], ["政府性基金预算财政拨款"], ["国有资本经营预算财政拨款"]],
      [["栏次"], [""], ["1"], ["栏次"], [""], ["2"], ["3"], ["4"], ["5"]]], rows04);

  // `--variant DIR`: the 决算 tables as other provinces print them — 年初预算数 beside 决算数 in the
  // 一般公共预算 table, and the 三公 table turned: one row for 预算数, one for 决算数.
  if (variant) {
    const before = classRows(plan.general);
    const planOf = (code) => before.find((x) => x.code === code) ?? { total: 0, basic: 0, project: 0 };
    html += table("公开05表", `${body}一般公共预算财政拨款支出决算表`, "公开05表　　　　单位：万元",
      [[["科目编码", ' rowspan="2"'], ["科目名称", ' rowspan="2"'], ["年初预算数", ' colspan="3"'], ["决算数", ' colspan="3"']],
        [["小计"], ["基本支出"], ["项目支出"], ["小计"], ["基本支出"], ["项目支出"]]],
      [["", "合计", wan(plan.t.general), wan(plan.t.generalBasic), wan(plan.t.generalProject), wan(b.t.general), wan(b.t.generalBasic), wan(b.t.generalProject)],
        ...cls.map((r) => { const q = planOf(r.code); return [r.code, r.name, cell(q.total), cell(q.basic), cell(q.project), wan(r.total), cell(r.basic), cell(r.project)]; })]);
  } else
  // 公开05表 一般公共预算财政拨款支出决算表.
  html += table("公开05表", `${body}一般公共预算财政拨款支出决算表`, "公开05表　　　　单位：万元",
    [[["项目", ' colspan="2"'], ["本年支出", ' colspan="3"']], [["科目编码"], ["科目名称"], ["小计"], ["基本支出"], ["项目支出"]], [["栏次"], [""], ["1"], ["2"], ["3"]]],
    [["", "合计", wan(b.t.general), wan(b.t.generalBasic), wan(b.t.generalProject)], ...cls.map((r) => [r.code, r.name, wan(r.total), cell(r.basic), cell(r.project)])]);

  // 公开06表 一般公共预算财政拨款基本支出决算表: 人员经费 beside 公用经费.
  const econ = econRows(b.econ);
  const personnel = econ.filter((e) => e.code.startsWith("301") || e.code.startsWith("303"));
  const publicUse = econ.filter((e) => e.code.startsWith("302") || e.code.startsWith("310"));
  const rows06 = [];
  for (let i = 0; i < Math.max(personnel.length, publicUse.length); i++) {
    const a = personnel[i];
    const c = publicUse[i];
    rows06.push([a?.code ?? "", a?.name ?? "", a ? wan(a.amount) : "", c?.code ?? "", c?.name ?? "", c ? wan(c.amount) : ""]);
  }
  rows06.push(["人员经费合计", "", wan(b.personnel), "公用经费合计", "", wan(b.publicUse)]);
  html += table("公开06表", `${body}一般公共预算财政拨款基本支出决算表`, "公开06表　　　　单位：万元",
    [[["人员经费", ' colspan="3"'], ["公用经费", ' colspan="3"']], [["科目编码"], ["科目名称"], ["决算数"], ["科目编码"], ["科目名称"], ["决算数"]]], rows06);

  // 公开07表 三公: 预算数 and 决算数.
  const six = (t) => [wan(t.total), wan(t.abroad), wan(t.car), wan(t.carBuy), wan(t.carRun), wan(t.reception)];
  const heads = [["合计", ' rowspan="2"'], ["因公出国（境）费", ' rowspan="2"'], ["公务用车购置及运行费", ' colspan="3"'], ["公务接待费", ' rowspan="2"']];
  if (variant) {
    html += table("公开07表", `${body}一般公共预算财政拨款“三公”经费支出决算表`, "公开07表　　　　单位：万元",
      [[["项目", ' rowspan="2"'], ...heads], [["小计"], ["公务用车购置费"], ["公务用车运行费"]]],
      [["年初预算数", ...six(ptp)], ["决算数", ...six(tp)]]);
  } else
  html += table("公开07表", `${body}一般公共预算财政拨款“三公”经费支出决算表`, "公开07表　　　　单位：万元",
    [[["预算数", ' colspan="6"'], ["决算数", ' colspan="6"']], [...heads, ...heads], [["小计"], ["公务用车购置费"], ["公务用车运行费"], ["小计"], ["公务用车购置费"], ["公务用车运行费"]],
      [["1"], ["2"], ["3"], ["4"], ["5"], ["6"], ["7"], ["8"], ["9"], ["10"], ["11"], ["12"]]],
    [[...six(ptp), ...six(tp)]]);

  // 公开08表 政府性基金, 公开09表 国有资本经营 (empty).
  html += table("公开08表", `${body}政府性基金预算财政拨款收入支出决算表`, "公开08表　　　　单位：万元",
    [[["项目", ' colspan="2"'], ["年初结转和结余", ' rowspan="2"'], ["本年收入", ' rowspan="2"'], ["本年支出", ' colspan="3"'], ["年末结转和结余", ' rowspan="2"']],
      [["科目编码"], ["科目名称"], ["小计"], ["基本支出"], ["项目支出"]]],
    [["", "合计", "", wan(b.t.fund), wan(b.t.fund), "", wan(b.t.fund), ""], ...fundCls.map((r) => [r.code, r.name, "", wan(r.total), wan(r.total), cell(r.basic), cell(r.project), ""])]);
  html += table("公开09表", `${body}国有资本经营预算财政拨款支出决算表`, "公开09表　　　　单位：万元",
    [[["项目", ' colspan="2"'], ["本年支出", ' colspan="3"']], [["科目编码"], ["科目名称"], ["合计"], ["基本支出"], ["项目支出"]]], [["", "", "", "", ""]]);
  html += p(`注：本部门${y}年度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。`);

  // Narrative.
  const change = revenue + opening - last;
  html += `<h2 style="page-break-before:always">第三部分 ${y}年度部门决算情况说明</h2>\n`;
  html += `<h3>一、收入支出决算总体情况说明</h3>\n` + p(`${y}年度收入、支出决算总计${wan(revenue + opening)}万元。与${y - 1}年度相比，收、支总计各${change >= 0 ? "增加" : "减少"}${wan(Math.abs(change))}万元，${change >= 0 ? "增长" : "下降"}${pct(Math.abs(change), last)}%。主要原因是${b.reason}。`);
  html += `<h3>二、收入决算情况说明</h3>\n` + p(`${y}年度本年收入合计${wan(revenue)}万元，其中：财政拨款收入${wan(fin)}万元，占${pct(fin, revenue)}%；其他收入${wan(otherRevenue)}万元，占${pct(otherRevenue, revenue)}%。`);
  html += `<h3>三、支出决算情况说明</h3>\n` + p(`${y}年度本年支出合计${wan(b.t.total)}万元，其中：基本支出${wan(b.t.basic)}万元，占${pct(b.t.basic, b.t.total)}%；项目支出${wan(b.t.project)}万元，占${pct(b.t.project, b.t.total)}%。`);
  html += `<h3>四、财政拨款收入支出决算总体情况说明</h3>\n` + p(`${y}年度财政拨款收入、支出决算总计${wan(fin)}万元。与${y - 1}年度相比，财政拨款收入、支出总计各增加${wan(f.finIncrease ? fen(f.finIncrease) : 0)}万元。`);
  const planGeneral = plan.t.general;
  html += `<h3>五、一般公共预算财政拨款支出决算情况说明</h3>\n<h4>（一）一般公共预算财政拨款支出决算总体情况</h4>\n`
    + p(`${y}年度一般公共预算财政拨款支出${wan(b.t.general)}万元，占本年支出合计的${pct(b.t.general, b.t.total)}%。`)
    + `<h4>（二）一般公共预算财政拨款支出决算结构情况</h4>\n`
    + p(cls.filter((r) => r.code.length === 3).map((r) => `${r.name}${wan(r.total)}万元，占${pct(r.total, b.t.general)}%`).join("；") + "。")
    + `<h4>（三）一般公共预算财政拨款支出决算具体情况</h4>\n`
    + p(`${y}年度一般公共预算财政拨款支出年初预算为${wan(planGeneral)}万元，支出决算为${wan(b.t.general)}万元，完成年初预算的${pct(b.t.general, planGeneral)}%。其中：`)
    + cls.filter((r) => r.code.length === 7).map((r, i) => {
      const before = classRows(plan.general).find((x) => x.code === r.code)?.total ?? 0;
      return p(`${i + 1}.${r.name}（项）。年初预算为${wan(before)}万元，支出决算为${wan(r.total)}万元${before ? `，完成年初预算的${pct(r.total, before)}%` : ""}。`);
    }).join("");
  html += `<h3>六、一般公共预算财政拨款基本支出决算情况说明</h3>\n` + p(`${y}年度一般公共预算财政拨款基本支出${wan(b.t.generalBasic)}万元，其中：人员经费${wan(b.personnel)}万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；公用经费${wan(b.publicUse)}万元，主要包括办公费、差旅费、公务接待费、工会经费、福利费、公务用车运行维护费等。`);
  html += `<h3>七、财政拨款“三公”经费支出决算情况说明</h3>\n<h4>（一）“三公”经费财政拨款支出决算总体情况说明</h4>\n`
    + p(`${y}年度“三公”经费财政拨款支出年初预算为${wan(ptp.total)}万元，支出决算为${wan(tp.total)}万元，完成年初预算的${pct(tp.total, ptp.total)}%。决算数小于年初预算数的主要原因是厉行节约，严控“三公”经费支出。`)
    + `<h4>（二）“三公”经费财政拨款支出决算具体情况说明</h4>\n`
    + p(`${y}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算为${wan(tp.abroad)}万元；公务用车购置及运行费支出决算为${wan(tp.car)}万元，占${pct(tp.car, tp.total)}%；公务接待费支出决算为${wan(tp.reception)}万元，占${pct(tp.reception, tp.total)}%。具体情况如下：`)
    + p(`1.因公出国（境）费支出决算为${wan(tp.abroad)}万元，全年安排因公出国（境）团组0个，累计0人次。`)
    + p(`2.公务用车购置及运行费支出决算为${wan(tp.car)}万元。其中：公务用车购置费支出${wan(tp.carBuy)}万元，本年度购置公务用车0辆；公务用车运行维护费支出${wan(tp.carRun)}万元，截至${y}年12月31日，开支财政拨款的公务用车保有量为${b.cars}辆。`)
    + p(`3.公务接待费支出决算为${wan(tp.reception)}万元，国内公务接待${f.receptions}批次，${f.guests}人次。`);
  html += `<h3>八、政府性基金预算财政拨款收入支出决算情况说明</h3>\n` + p(`${y}年度政府性基金预算财政拨款支出${wan(b.t.fund)}万元，用于${b.fundUse}。`);
  html += `<h3>九、国有资本经营预算财政拨款支出决算情况说明</h3>\n` + p(`本部门${y}年度无国有资本经营预算财政拨款支出。`);
  html += `<h3>十、其他重要事项的情况说明</h3>\n<h4>（一）机关运行经费支出情况</h4>\n` + p(`${y}年度本部门机关运行经费支出${f.running}万元，比年初预算数减少${f.runningDown}万元，主要原因是压减一般性支出。`);
  html += `<h4>（二）政府采购支出情况</h4>\n` + p(`${y}年度本部门政府采购支出总额${f.procurement}万元，其中：政府采购货物支出${f.goods}万元、政府采购服务支出${f.services}万元。`);
  html += `<h4>（三）国有资产占有使用情况</h4>\n` + p(`截至${y}年12月31日，本部门共有车辆${b.cars}辆，其中：一般公务用车${b.cars}辆。`);
  html += `<h3>十一、预算绩效管理情况说明</h3>\n` + p(`本部门${y}年度对${b.perfProjects}个项目开展了绩效自评，涉及资金${wan(b.t.generalProject)}万元。`);
  html += `<h2 style="page-break-before:always">第四部分 名词解释</h2>\n` + p("一、财政拨款收入：指本级财政当年拨付的资金。") + p("二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。")
    + p("三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。") + p("四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。");
  return { name, html, sheets };
}

const agri2024Final = budget({
  ...agriculture, year: 2024, reason: "高标准农田建设项目资金增加",
  leaves: [
    ["2080505", "机关事业单位基本养老保险缴费支出", "60.10", "0"], ["2080506", "机关事业单位职业年金缴费支出", "30.05", "0"],
    ["2101101", "行政单位医疗", "18.20", "0"], ["2101102", "事业单位医疗", "12.10", "0"],
    ["2120814", "农业生产发展支出", "0", "255.00", "fund"],
    ["2130101", "行政运行", "368.45", "0"], ["2130104", "事业运行", "91.90", "0"], ["2130106", "科技转化与推广服务", "0", "152.30"],
    ["2130108", "病虫害控制", "0", "71.20"], ["2130122", "农业生产发展", "0", "249.80"], ["2130199", "其他农业农村支出", "0", "8.50", "other"],
    ["2210201", "住房公积金", "46.00", "0"],
  ],
  econ: [
    ["30101", "基本工资", "175.00"], ["30102", "津贴补贴", "115.00"], ["30103", "奖金", "38.00"],
    ["30108", "机关事业单位基本养老保险缴费", "60.10"], ["30109", "职业年金缴费", "30.05"], ["30110", "职工基本医疗保险缴费", "30.30"],
    ["30113", "住房公积金", "46.00"], ["30199", "其他工资福利支出", "62.40"],
    ["30201", "办公费", "18.60"], ["30211", "差旅费", "10.80"], ["30217", "公务接待费", "2.30"], ["30228", "工会经费", "7.90"],
    ["30229", "福利费", "5.80"], ["30231", "公务用车运行维护费", "9.35"], ["30299", "其他商品和服务支出", "15.20"],
  ],
  threePublic: { abroad: "0.00", carBuy: "0.00", carRun: "9.35", reception: "2.30" },
  final: { otherRevenue: "12.00", opening: "5.20", running: "69.95", runningDown: "0.95", procurement: "168.40", goods: "52.40", services: "116.00", receptions: 12, guests: 86, finIncrease: "61.35" },
});

/** One table as a worksheet: title, unit line, the header with its merged cells, the rows. */
function sheetOf(XLSX, t) {
  const width = Math.max(...t.rows.map((r) => r.length), ...t.header.map((r) => r.reduce((n, [, span = ""]) => n + Number(/colspan="(\d+)"/.exec(span)?.[1] ?? 1), 0)));
  const aoa = [[t.title], [t.unitLine]];
  const merges = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  const taken = new Set();
  t.header.forEach((row, r) => {
    const cells = Array(width).fill("");
    let c = 0;
    for (const [text, span = ""] of row) {
      while (taken.has(`${r},${c}`)) c++;
      const cols = Number(/colspan="(\d+)"/.exec(span)?.[1] ?? 1);
      const rows = Number(/rowspan="(\d+)"/.exec(span)?.[1] ?? 1);
      cells[c] = text;
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) taken.add(`${r + dr},${c + dc}`);
      if (cols > 1 || rows > 1) merges.push({ s: { r: r + 2, c }, e: { r: r + 2 + rows - 1, c: c + cols - 1 } });
      c += cols;
    }
    aoa.push(cells);
  });
  for (const row of t.rows) aoa.push(row.map((v, i) => (i > 0 && /^-?[\d,]+\.\d+$/.test(v) ? Number(v.replace(/,/g, "")) : v)));
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet["!merges"] = merges;
  for (const [ref, cell] of Object.entries(sheet)) if (!ref.startsWith("!") && cell.t === "n") cell.z = "#,##0.00";
  return sheet;
}

const tmp = mkdtempSync(join(tmpdir(), "yusuan-examples-"));
try {
  mkdirSync(out, { recursive: true });
  const docs = [
    [render(agri2024, fen("1,330.00")), unruled ? "pdf" : "docx"],
    [render(agri2025, agri2024.t.total), "pdf"],
    [render(education2025, fen("10,020.00")), "pdf"],
    [renderFinal(agri2024Final, agri2024, fen("1,301.45")), "pdf"],
  ];
  if (process.argv.includes("--html")) {
    // `--html DIR`: the HTML the PDFs are made from, as a web page publishes a disclosure.
    for (const [doc] of docs) writeFileSync(join(process.argv[process.argv.indexOf("--html") + 1], `${doc.name}.html`), page(doc.name, doc.html));
    process.exit(0);
  }
  if (xlsxAt > 0) {
    const XLSX = await import("@e965/xlsx");
    for (const [doc] of docs) {
      const book = XLSX.utils.book_new();
      for (const t of doc.sheets) XLSX.utils.book_append_sheet(book, sheetOf(XLSX, t), String(t.no).startsWith("公开") ? t.no : `表${t.no}`);
      writeFileSync(join(out, `${doc.name}.xlsx`), XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
      console.log(`${out}/${doc.name}.xlsx`);
    }
    process.exit(0);
  }
  for (const [{ name, html }, format] of docs) {
    const src = join(tmp, `${name}.html`);
    writeFileSync(src, page(name, html));
    const filter = format === "pdf" ? "pdf:writer_pdf_Export" : "docx:MS Word 2007 XML";
    execFileSync("soffice", ["--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", tmp, src], { stdio: "ignore" });
    copyFileSync(join(tmp, `${name}.${format}`), join(out, `${name}.${format}`));
    console.log(`examples/${name}.${format}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
