// Wraps one JPEG into a one-page PDF with no text layer (a stand-in for a scanned page).
// Usage: node jpeg-to-pdf.mjs IN.jpg OUT.pdf   (the JPEG is assumed 595x842 pixels, 8-bit RGB)
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);
const jpeg = readFileSync(input);
const content = "q 595 0 0 842 0 0 cm /Im0 Do Q";
const objects = [
  "<< /Type /Catalog /Pages 2 0 R >>",
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
  null, // the image stream, written with its binary body below
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
];
const parts = [Buffer.from("%PDF-1.4\n")];
const offsets = [];
let length = parts[0].length;
const push = (buf) => { parts.push(buf); length += buf.length; };
objects.forEach((body, i) => {
  offsets.push(length);
  if (body === null) {
    push(Buffer.from(`${i + 1} 0 obj\n<< /Type /XObject /Subtype /Image /Width 595 /Height 842 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`));
    push(jpeg);
    push(Buffer.from("\nendstream\nendobj\n"));
  } else push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`));
});
const xref = length;
push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`));
push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
writeFileSync(output, Buffer.concat(parts));
