// Generates the format fixtures under fixtures/ from the seed text. Run after `npm run build`:
//   node scripts/make-fixtures.mjs
// Writes: fixtures/formats/鹿泉区委编办2020年部门预算.{docx,html} (and .doc when LibreOffice's
// `soffice` is installed), merged-header.html, gbk-page.html, traditional.txt, tables.xlsx, tables.xls.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractText } from "../dist/extract/text/extract-text.js";
import { cleanBlocks } from "../dist/extract/clean-blocks.js";
import { writeSeedDocx } from "./fixtures/seed-docx.mjs";
import { writeSeedHtml } from "./fixtures/seed-html.mjs";
import { writeSmallFixtures } from "./fixtures/small-fixtures.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "fixtures", "formats");
mkdirSync(out, { recursive: true });

const seedName = "鹿泉区委编办2020年部门预算";
const seedPath = join(root, "fixtures", `${seedName}.txt`);
const doc = await extractText(readFileSync(seedPath), seedPath);
const blocks = cleanBlocks(doc.blocks).map((b) => (b.type === "text" ? { ...b, text: b.text.trim() } : b));
const outline = headingLevels(blocks);

const docxPath = join(out, `${seedName}.docx`);
writeFileSync(docxPath, await writeSeedDocx(blocks, outline));
writeFileSync(join(out, `${seedName}.html`), writeSeedHtml(blocks, outline));
writeSmallFixtures(out);
if (hasSoffice()) {
  // Word 97 .doc through LibreOffice; the committed file stays usable where soffice is absent.
  execFileSync("soffice", ["--headless", "--convert-to", "doc", "--outdir", out, docxPath], { stdio: "ignore" });
}
console.log(`fixtures written to ${out}`);

/**
 * Heading levels of the seed's lines: 一、…九、 in sequence are level 1 (the answer key's headings);
 * numbering that restarts inside 五 (二、分项绩效目标) and 第一部分/第二部分 are level 2.
 */
function headingLevels(blocks) {
  const numerals = "一二三四五六七八九十";
  const levels = new Map();
  let next = 0;
  blocks.forEach((b, i) => {
    if (b.type !== "text") return;
    const m = /^([一二三四五六七八九十]+)、/.exec(b.text);
    if (m && m[1] === numerals[next]) {
      levels.set(i, 1);
      next++;
    } else if (m || /^第[一二三四五六七八九十]+部分/.test(b.text)) levels.set(i, 2);
  });
  return levels;
}

function hasSoffice() {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return existsSync(docxPath);
  } catch {
    return false;
  }
}
