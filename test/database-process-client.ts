import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./database-process.ts", import.meta.url));

export type DatabaseProcess = {
  child: ChildProcess;
  /** The ids of the questions it committed, in order. */
  acks: number[];
  /** The failures it reported (a post that threw). */
  errors: string[];
  /** Resolves once it committed `count` questions in all. */
  waitForAcks(count: number): Promise<void>;
  /** Ends it (SIGKILL: as a crash, or SIGTERM) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/**
 * Starts test/database-process.ts (`hold` or `post`) in its own Node
 * process; resolves once its database is open.
 */
export function startDatabaseProcess(args: string[]): Promise<DatabaseProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const acks: number[] = [];
  const errors: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`database process exited early (${code})`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line === "ready") {
        resolve({
          child,
          acks,
          errors,
          waitForAcks: (count) =>
            acks.length >= count
              ? Promise.resolve()
              : new Promise((done) => waiters.push({ count, resolve: done })),
          async stop(signal = "SIGKILL") {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      } else if (line.startsWith("ack ")) {
        acks.push(Number(line.slice(4)));
        for (const waiter of waiters.filter((w) => acks.length >= w.count)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      } else if (line.startsWith("error ")) {
        errors.push(line.slice(6));
        reject(new Error(line));
      }
    });
  });
}
