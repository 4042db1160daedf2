import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ParsingSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL or createMailer. */
  url: string;
  /** Every message received so far, parsed (headers included), oldest first. */
  received: ParsedMail[];
  close(): Promise<void>;
};

/**
 * A real SMTP server in the test's own process, on a free port, that keeps
 * what it receives in memory: for unit tests that check exactly what was sent.
 * (End-to-end tests use playwright/mail-server.ts, which spools to files.)
 * `delayMs`: it takes that long to accept each message, like a slow provider.
 * `refuse`: recipients it answers with a temporary failure (450), like a full
 * mailbox or a provider under load.
 */
export async function startParsingSmtpServer({
  delayMs = 0,
  refuse = () => false,
}: { delayMs?: number; refuse?: (address: string) => boolean } = {}): Promise<ParsingSmtpServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuse(address.address)) return callback();
      const error = Object.assign(new Error("Mailbox busy, try again later"), {
        responseCode: 450,
      });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          return parsed;
        })
        .then(
          (parsed) => {
            received.push(parsed);
            callback();
          },
          (error: Error) => callback(error),
        );
    },
  });
  const port = await new Promise<number>((resolve) => {
    const listening = server.listen(0, "127.0.0.1", () => {
      const address = listening.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
