/**
 * The file extensions ingest looks for. The same list as extract/index.ts `supportedExtensions`
 * (tests/batch/supported-extensions.test.ts keeps them equal), kept here so finding files and
 * skipping unchanged ones do not load every extractor into the writer's thread.
 */
export const supportedExtensions = [".txt", ".text", ".docx", ".pdf", ".html", ".htm", ".doc", ".xls", ".xlsx"];
