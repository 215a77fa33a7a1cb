// Minimal types for word-extractor 1.0.4 (the package ships none): only what extract-doc uses.
declare module "word-extractor" {
  interface BodyOptions {
    /** false keeps “curly quotes” and dashes as printed instead of ASCII look-alikes */
    filterUnicode?: boolean;
  }
  class Document {
    getBody(options?: BodyOptions): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<Document>;
  }
}
