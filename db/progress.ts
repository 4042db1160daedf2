import cliProgress from "cli-progress";

export type Progress = {
  /** Starts a new bar for one step of a long task. */
  step(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
  /**
   * An `onProgress(done, total)` callback for the functions that report
   * with one (0 first, then after each batch): it starts the step `label`,
   * then moves its bar.
   */
  track(label: string): (done: number, total: number) => void;
};

/**
 * Progress bars for long-running commands. On a terminal they redraw in
 * place; elsewhere (CI logs, the server's start-up) each step prints one line
 * when it starts and one when it ends, so logs stay readable.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const isInteractive = Boolean(stream.isTTY) && !process.env.CI;
  let bar: cliProgress.SingleBar | undefined;
  let current = { label: "", total: 0, startedAt: 0 };
  const finishStep = () => {
    if (!current.label) return;
    if (bar) bar.stop();
    else stream.write(`  ${current.label}: done in ${Date.now() - current.startedAt} ms\n`);
    bar = undefined;
    current = { label: "", total: 0, startedAt: 0 };
  };
  const progress: Progress = {
    step(label, total) {
      finishStep();
      current = { label, total, startedAt: Date.now() };
      if (isInteractive) {
        bar = new cliProgress.SingleBar(
          {
            format: `  ${label.padEnd(28)} [{bar}] {percentage}% | {value}/{total} | {duration}s`,
            stream,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      } else {
        stream.write(`  ${label}…\n`);
      }
    },
    update(done) {
      bar?.update(Math.min(done, current.total));
    },
    stop: finishStep,
    track: (label) => (done, total) => {
      if (done === 0) progress.step(label, total);
      else progress.update(done);
    },
  };
  return progress;
}

/** For callers (tests, library use) that want no output. */
export const silentProgress: Progress = {
  step() {},
  update() {},
  stop() {},
  track: () => () => {},
};
