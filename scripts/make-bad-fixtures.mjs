// Generates fixtures/bad/: hostile and broken inputs that `yusuan ingest` must record as failed (or
// partial) with a readable one-line error while the batch goes on. The files are committed, so tests
// never need the tools; rerun only to change a fixture:   node scripts/make-bad-fixtures.mjs
// Needs qpdf (encrypted PDF). Inputs that git cannot hold or that are too big to commit (the 10 MB
// HTML, a FIFO, a file that vanishes mid-run) are made at test time by tests/batch/bad-input.test.ts.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { imageOnlyPdf, textPdf } from "./bad-fixtures/tiny-pdf.mjs";
import { lyingZipBomb, honestZipBomb } from "./bad-fixtures/zip-bombs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "fixtures", "bad");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "bad-fixtures-"));
const put = (name, bytes) => writeFileSync(join(out, name), bytes);

const budgetText = "某某局2021年部门预算\n一、收支总体情况\n2021年预算收入总计1,234.56万元，支出总计1,234.56万元。\n";
const good = textPdf(["Mou Mou Ju 2021 department budget", "Revenue total 1,234.56", "Expenditure total 1,234.56"]);

// Empty and truncated.
put("empty.pdf", "");
put("empty.docx", "");
put("truncated.pdf", good.subarray(0, Math.floor(good.length / 3)));
// A PDF with a password, one whose only page is an image (no text layer), a JPEG named .pdf.
writeFileSync(join(tmp, "good.pdf"), good);
execFileSync("qpdf", ["--encrypt", "user-secret", "owner-secret", "256", "--", join(tmp, "good.pdf"), join(out, "encrypted.pdf")]);
put("scanned.pdf", imageOnlyPdf());
put("photo.pdf", tinyJpeg());
// Not really a PDF header at all: random-looking binary with the right name.
put("garbage.pdf", Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 193 + 71) % 256)));
// DOCX: a zip cut short, a zip bomb that admits its size, one whose headers lie about it.
put("corrupt.docx", Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(300, 0x41)]));
const docx = await minimalDocx(budgetText);
put("truncated.docx", docx.subarray(0, Math.floor(docx.length / 2)));
put("zip-bomb.docx", honestZipBomb());
put("zip-bomb-lying.docx", lyingZipBomb());
// HTML whose scripts print budget-looking numbers (must not be read as content).
put("scripts.html", `<!doctype html><html><head><meta charset="utf-8"><script>document.write("收入总计9,999,999万元")</script>
<style>body{font:14px sans-serif}</style></head><body><script>for(;;){}</script><h1>某某局2021年部门预算</h1>
<p>2021年预算收入总计1,234.56万元。</p><noscript>请启用脚本</noscript><iframe src="javascript:alert(1)"></iframe></body></html>`);
// Encodings: GBK without a declaration, UTF-16 with a BOM, UTF-16 without one.
put("gbk.txt", iconv.encode(budgetText, "gbk"));
put("utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(budgetText, "utf16le")]));
put("utf16be-no-bom.txt", iconv.encode(budgetText, "utf16be"));
// Names with spaces, quotes and Chinese characters.
put(`name with spaces 'single' "double" 预算.txt`, budgetText);
// Symlink loops: a folder link back to its parent, and a link to itself.
mkdirSync(join(out, "loop"));
symlinkSync("..", join(out, "loop", "parent"));
symlinkSync("self.txt", join(out, "self.txt"));
rmSync(tmp, { recursive: true, force: true });
console.log(`fixtures written to ${out}`);

async function minimalDocx(text) {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const paragraphs = text.trim().split("\n").map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(0) });
}

/** A real 8×8 JPEG (baseline, grey), kept as bytes so the script needs no image tools. */
function tinyJpeg() {
  return readFileSync(join(root, "scripts", "bad-fixtures", "tiny.jpg"));
}
