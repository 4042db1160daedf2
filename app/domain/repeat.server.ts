/**
 * Runs `task` now, then again `intervalMs` after each run ends, so two runs
 * never overlap, until `stop` is called; `stop` waits for a run in progress.
 * A failing run is reported to `onError` and the next one still comes. The
 * timer never keeps the process alive by itself. `isStopped` lets a long run
 * (a relay draining several batches) end early once stopping was asked.
 */
export function repeatEvery(
  intervalMs: number,
  task: (isStopped: () => boolean) => Promise<unknown>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const isStopped = () => stopped;
  const run = async () => {
    try {
      await task(isStopped);
    } catch (error) {
      onError(error);
    }
    if (!stopped) schedule(intervalMs);
  };
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      running = run();
    }, delay);
    timer.unref();
  };
  schedule(0);
  return async function stop() {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
