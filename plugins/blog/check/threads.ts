/**
 * How many threads a check may use, as the environment asks:
 * QALAM_CHECK_THREADS, a whole number from 1, whatever the machine's cores
 * (1: none besides the check's own). The check over threads (workers.ts) and
 * the language thread (translations/languageThread.ts) both read it here.
 */
export function threadsAsked(): number | undefined {
  const asked = Number(process.env.QALAM_CHECK_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : undefined;
}
