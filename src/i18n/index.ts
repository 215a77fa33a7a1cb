/** The one place for what yusuan prints in 中文 and English: the sentences and every check's messages. */
export { LANGS, langFromEnv, type Lang } from "./lang.js";
export { messages, type Messages } from "./messages.js";
export { CHECK_IDS, CHECK_TEXTS, checkTitle, flagMessage } from "./check-messages.js";
export { reasonText } from "./reasons.js";
