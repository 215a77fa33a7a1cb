import { ingestCommand, ingestHelp } from "./ingest.js";
import { queryCommand, queryHelp } from "./query.js";
import { reportCommand, reportHelp } from "./report.js";
import { showCommand, showHelp } from "./show.js";
import { readFileSync } from "node:fs";
import { UsageError } from "./args.js";
import { terminalLine } from "./safe-text.js";
import { closest } from "./suggest.js";
import { langFromEnv, messages } from "../i18n/index.js";

/** Every verb with its help text; a test checks each is documented in the README. */
export const verbs = {
  ingest: { run: ingestCommand, help: ingestHelp },
  query: { run: queryCommand, help: queryHelp },
  report: { run: reportCommand, help: reportHelp },
  show: { run: showCommand, help: showHelp },
} as const;

const usage = `yusuan — Chinese budget disclosures into one exact, cross-checked SQLite database

${Object.values(verbs).map((v) => v.help).join("\n\n")}

The database is db/yusuan.sqlite unless --db or $YUSUAN_DB says otherwise.`;

/** The package's version (package.json beside dist/ and src/). */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

/** Runs one command line; returns the exit code (0 ok, 1 unusable database, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === "--help" || verb === "-h" || verb === "help") {
    process.stdout.write(usage + "\n");
    return verb ? 0 : 2;
  }
  if (verb === "--version" || verb === "-V" || verb === "version") {
    process.stdout.write(`yusuan ${version()}\n`);
    return 0;
  }
  const command = verbs[verb as keyof typeof verbs];
  if (!command) {
    const meant = closest(verb, Object.keys(verbs));
    process.stderr.write(`yusuan: ${messages(langFromEnv()).cli.unknownCommand(terminalLine(verb), meant)}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help + "\n");
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`yusuan ${verb}: ${terminalLine(error.message)}\n\n${command.help}\n`);
      return 2;
    }
    throw error;
  }
}
