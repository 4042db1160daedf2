import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export type ServerProcess = {
  origin: string;
  child: ChildProcess;
  /** What it printed (stdout and stderr), for a failure's message. */
  output(): string;
  /** Ends it: SIGKILL is a crash (`kill -9`), SIGTERM a clean stop; waits until it is gone. */
  stop(signal: "SIGKILL" | "SIGTERM"): Promise<void>;
};

/** Servers started and not stopped yet: killed if this process exits first. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** A port nobody listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the production server as `npm start` runs it (the build must
 * exist), on its own port and database, as one Node process (tsx as a
 * loader, not as a parent process), so that SIGKILL kills the server itself.
 * Resolves once /healthz answers; the first start on a new database imports
 * the places of France first.
 */
export async function startServer({
  databasePath,
  env = {},
  timeoutMs = 120_000,
}: {
  databasePath: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "app/main.server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_URL: origin,
      DATABASE_PATH: databasePath,
      SEED_DEMO: "0",
      NOTIFICATION_EMAILS: "0",
      // Each simulated member sends its own X-Forwarded-For (per-IP rate limits).
      TRUST_PROXY: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      resolve();
    }),
  );
  const server: ServerProcess = {
    origin,
    child,
    output: () => output,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server stopped (exit ${child.exitCode}) while starting:\n${output}`);
    }
    const healthy = await fetch(`${origin}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop("SIGKILL");
  throw new Error(`The server did not answer /healthz within ${timeoutMs} ms:\n${output}`);
}
