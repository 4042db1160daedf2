import { desc } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { devMailbox } from "#db/schema";
import type { AppDatabase } from "#db/client";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe (SMTP only: the dev mailbox does not keep them). */
  headers?: Record<string, string>;
};

export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * Sends through SMTP when `smtpUrl` is given; otherwise keeps the message in
 * the `dev_mailbox` table, readable at /dev/mailbox (development and demos).
 */
export function createMailer({
  smtpUrl,
  from,
  db,
}: {
  smtpUrl?: string;
  from: string;
  db: AppDatabase;
}): Mailer {
  if (smtpUrl) {
    const transport = createTransport(smtpUrl);
    return {
      async send(message) {
        await transport.sendMail({ from, ...message });
      },
    };
  }
  return {
    async send({ to, subject, text, html }) {
      db.insert(devMailbox).values({ to, subject, text, html }).run();
      console.info(`Email to ${to} kept in the dev mailbox (/dev/mailbox): no SMTP_URL.`);
    },
  };
}

/** One mailer per process, shared like the database connection (see db.server.ts). */
const globalForMailer = globalThis as typeof globalThis & { __coupDeMainMailer?: Mailer };

export async function sendMail(message: MailMessage): Promise<void> {
  globalForMailer.__coupDeMainMailer ??= (() => {
    const env = getEnv();
    return createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, db: getDb() });
  })();
  await globalForMailer.__coupDeMainMailer.send(message);
}

/** An absolute URL for links in emails: PUBLIC_URL (or http://localhost:PORT) + path. */
export function publicUrl(path: string): string {
  const env = getEnv();
  const base = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The messages kept by the dev mailbox, newest first. */
export function listDevMailbox(db: AppDatabase, limit = 50) {
  return db
    .select()
    .from(devMailbox)
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(limit)
    .all();
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1", "unknown"]);

/**
 * The dev mailbox holds live sign-in and reset links, so it opens only where
 * it cannot leak them: outside production, when emails are not really sent,
 * and to a browser on this machine ("unknown" is `vite dev`, which has no IP).
 */
export function isDevMailboxOpen(
  env: { NODE_ENV: string; SMTP_URL?: string },
  ip: string,
): boolean {
  return env.NODE_ENV !== "production" && !env.SMTP_URL && LOOPBACK.has(ip);
}
