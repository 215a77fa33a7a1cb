// A minimal PDF writer for the hostile-input fixtures: enough to make a one-page PDF with a text
// layer (standard Helvetica, ASCII) or with only an image (a "scan"), byte for byte reproducible.

/** Serialises numbered objects (1-based) into a PDF with a correct xref table. */
export function writePdf(objects) {
  const parts = ["%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"];
  const offsets = [];
  let length = Buffer.byteLength(parts[0], "latin1");
  objects.forEach((body, i) => {
    offsets.push(length);
    const text = `${i + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(text);
    length += Buffer.byteLength(text, "latin1");
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(xref, `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(parts.join(""), "latin1");
}

function stream(content, dict = "") {
  return `<< ${dict} /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

/** One A4 page whose text layer holds `lines` (ASCII only: the standard fonts have no CJK). */
export function textPdf(lines) {
  const ops = lines.map((line, i) => `BT /F1 11 Tf 72 ${770 - i * 16} Td (${line.replace(/[()\\]/g, "\\$&")}) Tj ET`).join("\n");
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    stream(ops),
  ]);
}

/** One page that paints a grey image and no text: what a scanned disclosure looks like. */
export function imageOnlyPdf() {
  const pixels = Buffer.alloc(16 * 16 * 3, 0x80).toString("latin1");
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream(pixels, "/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceRGB /BitsPerComponent 8"),
    stream("q 400 0 0 560 97 140 cm /Im1 Do Q"),
  ]);
}
