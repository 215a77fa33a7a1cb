#!/usr/bin/env node
/**
 * Counts the regular expressions that contain Chinese (CJK) characters in src/, per file, and how
 * many of them sit outside src/domain/ (issue 10: at most 15%). A regular expression is a regex
 * literal, or a `new RegExp(...)` / `RegExp(...)` whose pattern is a string or template literal
 * with CJK in its text; comments are not code and do not count. A second line counts the string
 * literals with CJK outside src/domain/ (phrases moved into strings elsewhere would only hide the
 * knowledge; it belongs in src/domain/).
 *
 *   node scripts/count-domain-regex.mjs [--strings]
 *     --strings  also the per-file counts of string literals with CJK outside src/domain/
 *
 * tests/domain/phrases-in-domain.test.ts imports countDomainRegex and holds the share to 15%.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith(".d.ts")) yield path;
  }
}

/** Does a node's own text (a string or template literal, including a template's parts) hold Han? */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => s.literal.text).join("");
  return undefined;
}

function count(path) {
  const text = readFileSync(path, "utf8");
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let regexes = 0;
  let strings = 0;
  const inRegExpCall = new Set();
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      if (HAN.test(node.text)) regexes++;
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const first = node.arguments?.[0];
      if (first) {
        const t = literalText(first);
        if (t !== undefined) {
          inRegExpCall.add(first);
          if (ts.isTemplateExpression(first)) for (const s of first.templateSpans) inRegExpCall.add(s.literal);
          if (HAN.test(t)) regexes++;
        }
      }
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (!inRegExpCall.has(node) && !inRegExpCall.has(node.parent) && HAN.test(node.text)) strings++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { regexes, strings };
}

/** Per file of src/ (paths relative to the repository): regular expressions and string literals with Chinese. */
export function countDomainRegex(repo = root) {
  const rows = [];
  for (const path of files(join(repo, "src"))) {
    const rel = relative(repo, path);
    rows.push({ rel, domain: rel.startsWith("src/domain/"), ...count(path) });
  }
  const total = rows.reduce((n, r) => n + r.regexes, 0);
  const inDomain = rows.filter((r) => r.domain).reduce((n, r) => n + r.regexes, 0);
  const stringsOutside = rows.filter((r) => !r.domain).reduce((n, r) => n + r.strings, 0);
  const stringsIn = rows.filter((r) => r.domain).reduce((n, r) => n + r.strings, 0);
  return { rows, total, inDomain, outside: total - inDomain, stringsOutside, stringsIn };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const showStrings = process.argv.includes("--strings");
  const { rows, total, inDomain, outside, stringsOutside, stringsIn } = countDomainRegex();
  console.log("regular expressions with Chinese, per file (outside src/domain/ first):");
  for (const r of [...rows].filter((r) => r.regexes > 0).sort((a, b) => a.domain - b.domain || b.regexes - a.regexes || a.rel.localeCompare(b.rel)))
    console.log(`  ${String(r.regexes).padStart(4)}  ${r.rel}`);
  if (showStrings) {
    console.log("string literals with Chinese outside src/domain/, per file:");
    for (const r of rows.filter((r) => !r.domain && r.strings > 0).sort((a, b) => b.strings - a.strings || a.rel.localeCompare(b.rel)))
      console.log(`  ${String(r.strings).padStart(4)}  ${r.rel}`);
  }
  console.log(`regexes: total ${total} | in src/domain ${inDomain} | outside ${outside} | outside share ${total ? ((100 * outside) / total).toFixed(1) : "0.0"}% (goal <= 15%)`);
  console.log(`strings with Chinese: outside src/domain ${stringsOutside} | in src/domain ${stringsIn}`);
}
