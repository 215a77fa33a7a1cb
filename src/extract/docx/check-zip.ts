/**
 * Reads a zip's central directory without inflating anything, so a corrupt archive or a zip bomb
 * (a few KB that inflate to gigabytes) is refused before any library unpacks it. DOCX and XLSX
 * files are zips; real disclosures are a few MB unpacked.
 */
export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export const defaultZipLimits: ZipLimits = { maxEntries: 5000, maxUncompressedBytes: 200 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Undefined when the archive looks sane; otherwise why it is refused. */
export function checkZip(bytes: Buffer, limits: ZipLimits = defaultZipLimits): string | undefined {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return "not a zip archive (no end-of-central-directory record)";
  const entries = bytes.readUInt16LE(eocd + 10);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return "zip64 archives are not supported";
  if (entries > limits.maxEntries) return `the archive has ${entries} entries (limit ${limits.maxEntries})`;
  let at = offset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return "corrupt zip: central directory is damaged";
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff || compressed === 0xffffffff) return "zip64 entries are not supported";
    // Deflate cannot exceed ~1032:1; a higher declared ratio is a crafted archive.
    if (compressed > 0 && size / compressed > 1100) return "corrupt zip: an entry declares an impossible compression ratio";
    total += size;
    if (total > limits.maxUncompressedBytes) return `the archive inflates to more than ${limits.maxUncompressedBytes} bytes`;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return undefined;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
