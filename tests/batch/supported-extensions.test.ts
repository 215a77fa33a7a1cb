import { describe, expect, it } from "vitest";
import { supportedExtensions as found } from "../../src/batch/supported-extensions.js";
import { supportedExtensions as extracted } from "../../src/extract/index.js";

describe("ingest looks for exactly the files an extractor exists for", () => {
  it("has the same extension list as extract/index.ts", () => {
    expect([...found].sort()).toEqual([...extracted].sort());
  });
});
