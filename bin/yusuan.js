#!/usr/bin/env node
// The published binary runs the compiled CLI (tsc → dist/); see README.
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    // Control characters (from a file name in the message) are shown escaped, never sent to the terminal.
    const message = (error instanceof Error ? error.message : String(error)).replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    console.error(`yusuan: ${message}`);
    process.exitCode = 2;
  },
);
