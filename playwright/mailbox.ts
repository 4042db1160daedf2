import fs from "node:fs/promises";
import path from "node:path";
import type { ReceivedEmail } from "./mail-server";

export type { ReceivedEmail };

const POLL_INTERVAL_MS = 100;

/**
 * Waits until the test mail server (playwright/mail-server.ts) has received
 * an email for `to` (case-insensitive), and returns the newest that matches.
 * `after` skips older messages, e.g. an earlier email to the same person.
 */
export async function waitForEmail(
  to: string,
  {
    subjectIncludes,
    timeoutMs = 10_000,
    after,
    spoolDir = process.env.E2E_MAIL_SPOOL,
  }: {
    subjectIncludes?: string;
    timeoutMs?: number;
    after?: Date;
    /** Defaults to E2E_MAIL_SPOOL, set by playwright.config.ts. */
    spoolDir?: string;
  } = {},
): Promise<ReceivedEmail> {
  if (!spoolDir)
    throw new Error("waitForEmail: E2E_MAIL_SPOOL is not set (see playwright.config.ts).");
  const recipient = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  for (;;) {
    const emails = await readSpool(spoolDir);
    seen = emails.length;
    const match = emails
      .filter(
        (email) =>
          email.to.some((address) => address.toLowerCase() === recipient) &&
          (subjectIncludes === undefined || email.subject.includes(subjectIncludes)) &&
          (after === undefined || Date.parse(email.receivedAt) >= after.getTime()),
      )
      .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt))[0];
    if (match) return match;
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  const conditions = [
    subjectIncludes !== undefined ? `a subject including "${subjectIncludes}"` : "",
    after ? `received after ${after.toISOString()}` : "",
  ].filter(Boolean);
  throw new Error(
    `No email to ${to}${conditions.length ? ` with ${conditions.join(", ")}` : ""} arrived within ${timeoutMs} ms ` +
      `(${seen} message(s) in ${spoolDir}).`,
  );
}

/** The first URL of the text body whose path starts with `pathPrefix` (e.g. "/verifier-email"). */
export function firstLink(
  message: Pick<ReceivedEmail, "text" | "subject">,
  pathPrefix: string,
): string {
  for (const [candidate] of message.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    try {
      if (new URL(candidate).pathname.startsWith(pathPrefix)) return candidate;
    } catch {
      // Not a URL after all: keep looking.
    }
  }
  throw new Error(`No link to ${pathPrefix}… in the email "${message.subject}":\n${message.text}`);
}

async function readSpool(spoolDir: string): Promise<ReceivedEmail[]> {
  const names = (await fs.readdir(spoolDir)).filter((name) => name.endsWith(".json"));
  const emails = await Promise.all(
    names.map(async (name) => {
      try {
        return JSON.parse(await fs.readFile(path.join(spoolDir, name), "utf8")) as ReceivedEmail;
      } catch {
        return undefined; // Removed meanwhile: ignore.
      }
    }),
  );
  return emails.filter((email) => email !== undefined);
}
