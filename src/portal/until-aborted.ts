/** Resolves when `wait` does or when `signal` aborts, whichever comes first. */
export function untilAborted(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return wait;
  return new Promise<void>((resolve, reject) => {
    const done = () => resolve();
    signal.addEventListener('abort', done, { once: true });
    wait.then(
      () => {
        signal.removeEventListener('abort', done);
        resolve();
      },
      (e: unknown) => {
        signal.removeEventListener('abort', done);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
