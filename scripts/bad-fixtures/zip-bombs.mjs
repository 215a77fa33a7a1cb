// Zip bombs shaped like DOCX files: a few hundred KB that inflate to hundreds of MB. Written by hand
// (not with a zip library) so the central directory can lie about the sizes.
import { crc32, deflateRawSync } from "node:zlib";

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** document.xml that is almost all whitespace inside <w:body>: inflates to `mb` MB. */
function bombDocument(mb) {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from(`</w:t></w:r></w:p></w:body></w:document>`);
  return Buffer.concat([head, Buffer.alloc(mb * 1024 * 1024, 0x20), tail]);
}

/** Entries → zip bytes; `declare` may replace the uncompressed size written in the headers. */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, declare } of entries) {
    const nameBytes = Buffer.from(name);
    const compressed = deflateRawSync(data, { level: 9 });
    const size = declare ?? data.length;
    const common = (h, at) => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(0, at + 2); // flags
      h.writeUInt16LE(8, at + 4); // deflate
      h.writeUInt32LE(0, at + 6); // time, date
      h.writeUInt32LE(crc32(data), at + 10);
      h.writeUInt32LE(compressed.length, at + 14);
      h.writeUInt32LE(size, at + 18);
      h.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    locals.push(local, nameBytes, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    common(central, 6);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const parts = () => [
  { name: "[Content_Types].xml", data: Buffer.from(contentTypes) },
  { name: "_rels/.rels", data: Buffer.from(rels) },
];

/** Declares its true size (300 MB inflated): a reader that checks sizes first refuses it cheaply. */
export function honestZipBomb() {
  return writeZip([...parts(), { name: "word/document.xml", data: bombDocument(300) }]);
}

/** Declares 4 KB but inflates to 150 MB: only a reader that bounds what it inflates is safe. */
export function lyingZipBomb() {
  return writeZip([...parts(), { name: "word/document.xml", data: bombDocument(150), declare: 4096 }]);
}
