/** The languages the report and the command line speak. */
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The language from the locale, the way POSIX programs choose it: LC_ALL, then LC_MESSAGES, then
 * LANG; a locale starting with `zh` (zh_CN.UTF-8, zh_TW, zh) means 中文, anything else English.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh" : "en";
}
