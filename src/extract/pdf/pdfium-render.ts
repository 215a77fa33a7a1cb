/** The PDFium calls that draw a page into a bitmap (raw exports and the package's wrappers both have them). */
export interface PdfiumRenderer {
  FPDFBitmap_Create(width: number, height: number, alpha: number): number;
  FPDFBitmap_FillRect(bitmap: number, left: number, top: number, width: number, height: number, color: number): unknown;
  FPDF_RenderPageBitmap(bitmap: number, page: number, startX: number, startY: number, sizeX: number, sizeY: number, rotate: number, flags: number): void;
  FPDFBitmap_GetStride(bitmap: number): number;
  FPDFBitmap_GetBuffer(bitmap: number): number;
  FPDFBitmap_Destroy(bitmap: number): void;
}

/** FPDF_ANNOT (0x01) | FPDF_PRINTING (0x800): what a printed page shows. */
const RENDER_FLAGS = 0x01 | 0x800;

/**
 * Draws a loaded page, at sizeX × sizeY pixels shifted up by -offsetY, into a width × height
 * bitmap on white, and hands its BGRx rows (`stride` bytes apart, in PDFium's memory) to `read`
 * before the bitmap is freed.
 */
export function renderPage<T>(
  fn: PdfiumRenderer,
  heap: () => Uint8Array,
  page: number,
  size: { width: number; height: number; sizeX: number; sizeY: number; offsetY?: number },
  read: (bgrx: Uint8Array, stride: number) => T,
): T {
  const { width, height } = size;
  const bitmap = fn.FPDFBitmap_Create(width, height, 0);
  if (!bitmap) throw new Error("PDFium could not allocate the bitmap");
  try {
    fn.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
    fn.FPDF_RenderPageBitmap(bitmap, page, 0, size.offsetY ?? 0, size.sizeX, size.sizeY, 0, RENDER_FLAGS);
    const stride = fn.FPDFBitmap_GetStride(bitmap);
    const buffer = fn.FPDFBitmap_GetBuffer(bitmap);
    return read(heap().subarray(buffer, buffer + stride * height), stride);
  } finally {
    fn.FPDFBitmap_Destroy(bitmap);
  }
}

/** BGRx rows as RGBA (for PNG). */
export function bgrxToRgba(bgrx: Uint8Array, stride: number, width: number, height: number): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = y * stride + x * 4;
      const d = (y * width + x) * 4;
      rgba[d] = bgrx[s + 2]!;
      rgba[d + 1] = bgrx[s + 1]!;
      rgba[d + 2] = bgrx[s]!;
      rgba[d + 3] = 255;
    }
  }
  return rgba;
}

/** BGRx rows as 8-bit gray (ITU-R 601 luma). */
export function bgrxToGray(bgrx: Uint8Array, stride: number, width: number, height: number): Uint8Array {
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = y * stride + x * 4;
      gray[y * width + x] = (bgrx[s]! * 29 + bgrx[s + 1]! * 150 + bgrx[s + 2]! * 77) >> 8;
    }
  }
  return gray;
}
