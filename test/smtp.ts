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
 */
export async function startParsingSmtpServer(): Promise<ParsingSmtpServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
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
