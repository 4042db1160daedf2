import { startTestMailServer } from "./mail-server";

/**
 * Starts the SMTP server the app under test sends to (SMTP_URL in
 * playwright.config.ts); received emails land in E2E_MAIL_SPOOL.
 */
export default async function globalSetup() {
  const spoolDir = process.env.E2E_MAIL_SPOOL;
  if (!spoolDir) throw new Error("E2E_MAIL_SPOOL is not set (see playwright.config.ts).");
  const mailServer = await startTestMailServer({
    port: Number(process.env.E2E_SMTP_PORT ?? 2526),
    spoolDir,
  });
  return () => mailServer.close();
}
