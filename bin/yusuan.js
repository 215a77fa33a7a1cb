#!/usr/bin/env node
// The published binary runs the compiled CLI (tsc → dist/); see README.
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(`yusuan: ${error instanceof Error ? error.message : String(error)}`); process.exitCode = 2; },
);
