// pdf.js for the extractor: the modern build, after the few standard methods it needs on Node 20.
// Import pdf.js only through this module so the polyfills are in place before it loads.
import { endQuietLoad } from "./node-polyfills.js";

export * from "pdfjs-dist";
export type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
export type { TextItem } from "pdfjs-dist/types/src/display/api.js";

endQuietLoad();
