/**
 * Default per-document limits, in a module of their own so the batch's main thread can read them
 * without loading the pipeline (and with it every extractor).
 */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 5_000;

/** The stored reason of a scanned document read with --ocr off (a later run with OCR reads it again). */
export const NO_TEXT_OCR_OFF = "no text layer on any page (scanned or image-only; not read: --ocr off)";
