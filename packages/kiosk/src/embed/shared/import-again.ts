/**
 * A lazily imported chunk could not be loaded, and trying again failed at once, before any request could have
 * been made: some browsers keep a failed module fetch for the page's lifetime, so `import()` of the same URL
 * fails again without asking the network. Only reloading the page helps then.
 */
export class StaleImportError extends Error {
  override name = 'StaleImportError';
}

/** A retry failing faster than this asked no network (a request over the internet takes longer). */
const AT_ONCE_MS = 20;

/**
 * Wraps a dynamic `import()` so that it runs once per page while it works, and again on the next call after it
 * failed (offline). A retry that fails at once while the browser is online (the browser kept the failure)
 * rejects with a {@link StaleImportError}, so the element can say "please reload the page".
 * @param load the `import()` to run
 * @returns a function that imports, or gives the import under way or done
 * @example const loadRanking = importAgain(() => import('./quiz-rank.js'));
 */
export function importAgain<T>(load: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  let failed = false;
  return () => {
    if (!current) {
      const retry = failed;
      const started = performance.now();
      const attempt: Promise<T> = load().catch((error: unknown) => {
        failed = true;
        if (current === attempt) current = undefined;
        const atOnce = retry && performance.now() - started < AT_ONCE_MS && globalThis.navigator?.onLine !== false;
        throw atOnce ? new StaleImportError(String(error), { cause: error }) : error;
      });
      current = attempt;
    }
    return current;
  };
}
