import { AmbiguousDocument } from "../report/show-document.js";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { closest } from "./suggest.js";
import { langFromEnv, messages } from "../i18n/index.js";

export class UsageError extends Error {}

/** node:util parseArgs with our error type: a usage error exits 2 with the verb's help. */
export function parseVerbArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "Unknown option '--formt'" gets the option it most likely meant.
    const unknown = /^Unknown option '(--?)([^']+)'/.exec(message);
    const meant = unknown && closest(unknown[2]!, Object.keys(options));
    throw new UsageError(meant ? messages(langFromEnv()).cli.unknownOption(`${unknown[1]}${unknown[2]}`, meant) : message);
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}

/** A reference several documents match is the user's to narrow: a usage error naming them. */
export function findOne<T>(find: () => T): T {
  try {
    return find();
  } catch (error) {
    if (error instanceof AmbiguousDocument) throw new UsageError(error.message);
    throw error;
  }
}
