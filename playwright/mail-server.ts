import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One received email, as written to the spool directory. */
export type ReceivedEmail = {
  /** The envelope recipients (RCPT TO), as the sender wrote them. */
  to: string[];
  /** The From header, e.g. "Coup de main <ne-pas-repondre@coupdemain.local>". */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** ISO 8601. */
  receivedAt: string;
};

export type TestMailServer = {
  /** The port it listens on (useful with port 0). */
  port: number;
  close(): Promise<void>;
};

/**
 * A catch-all SMTP server for the end-to-end tests: every message it accepts
 * is parsed and written as JSON to its own file in `spoolDir`, where
 * `waitForEmail` (playwright/mailbox.ts) finds it. No TLS, no authentication.
 */
export async function startTestMailServer({
  port,
  spoolDir,
  host = "127.0.0.1",
}: {
  port: number;
  spoolDir: string;
  host?: string;
}): Promise<TestMailServer> {
  await fs.mkdir(spoolDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const email: ReceivedEmail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: new Date().toISOString(),
          };
          const name = `${Date.now()}-${randomUUID()}`;
          const temporary = path.join(spoolDir, `.${name}.tmp`);
          await fs.writeFile(temporary, JSON.stringify(email, null, 2));
          // A rename is atomic: readers never see a half-written message.
          await fs.rename(temporary, path.join(spoolDir, `${name}.json`));
        })
        .then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
    },
  });

  const netServer = await new Promise<ReturnType<SMTPServer["listen"]>>((resolve, reject) => {
    server.once("error", reject);
    const listening = server.listen(port, host, () => {
      server.off("error", reject);
      resolve(listening);
    });
  });
  const address = netServer.address();
  const actualPort = typeof address === "object" && address ? address.port : port;

  return {
    port: actualPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
