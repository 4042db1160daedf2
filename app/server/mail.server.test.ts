import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startParsingSmtpServer, type ParsingSmtpServer } from "#test/smtp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetPasswordMessage, verifyEmailMessage } from "./email-templates.server";
import { devMailbox } from "#db/schema";
import { openEmptyDatabase } from "#test/databases";
import { startTestMailServer, type TestMailServer } from "#playwright/mail-server";
import { firstLink, waitForEmail } from "#playwright/mailbox";
import { createMailer, isDevMailboxOpen } from "./mail.server";

const from = "Coup de main <ne-pas-repondre@coupdemain.test>";
const url = "http://localhost:3000/verifier-email?token=abc123";
const message = {
  to: "marie@example.org",
  subject: "Confirmez votre adresse e-mail",
  text: `Bonjour Marie,\n\n${url}\n`,
  html: `<p>Bonjour Marie,</p><p><a href="${url}">${url}</a></p>`,
};

/** A real SMTP server in this process; every message it receives, parsed. */
let smtp: ParsingSmtpServer;
let smtpUrl: string;

beforeAll(async () => {
  smtp = await startParsingSmtpServer();
  smtpUrl = smtp.url;
});

afterAll(async () => {
  await smtp.close();
});

describe("createMailer", () => {
  it("delivers through SMTP when given an SMTP URL", async () => {
    const mailer = createMailer({ smtpUrl, from, db: openEmptyDatabase() });
    await mailer.send(message);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from?.value[0]?.address).toBe("ne-pas-repondre@coupdemain.test");
    expect(mail.from?.value[0]?.name).toBe("Coup de main");
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((address) => address?.value.map((v) => v.address))).toEqual([
      "marie@example.org",
    ]);
    expect(mail.subject).toBe(message.subject);
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
  });

  it("keeps the message in dev_mailbox, and sends nothing, without an SMTP URL", async () => {
    const db = openEmptyDatabase();
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const before = smtp.received.length;
    try {
      await createMailer({ from, db }).send(message);
      expect(info).toHaveBeenCalledOnce();
      expect(info.mock.calls[0]?.[0]).toContain("marie@example.org");
    } finally {
      info.mockRestore();
    }

    const rows = db.select().from(devMailbox).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(message);
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
    expect(smtp.received).toHaveLength(before);
  });
});

describe("sendMail and publicUrl", () => {
  it("sendMail uses the mailer configured by the environment", async () => {
    vi.resetModules();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-mail-"));
    vi.stubEnv("SMTP_URL", smtpUrl);
    vi.stubEnv("MAIL_FROM", from);
    vi.stubEnv("DATABASE_PATH", path.join(folder, "unused.db"));
    const previousDb = (globalThis as { __coupDeMainDb?: unknown }).__coupDeMainDb;
    try {
      const { sendMail } = await import("./mail.server");
      const before = smtp.received.length;
      await sendMail({ ...message, to: "paul@example.org" });
      expect(smtp.received).toHaveLength(before + 1);
      expect(smtp.received.at(-1)?.subject).toBe(message.subject);
    } finally {
      vi.unstubAllEnvs();
      // Leave no process-wide mailer or connection behind for other tests.
      const globals = globalThis as { __coupDeMainMailer?: unknown; __coupDeMainDb?: unknown };
      delete globals.__coupDeMainMailer;
      if (globals.__coupDeMainDb !== previousDb) {
        (globals.__coupDeMainDb as { $client: { close(): void } }).$client.close();
        globals.__coupDeMainDb = previousDb;
      }
    }
  });

  it("publicUrl prefixes PUBLIC_URL, or localhost and PORT", async () => {
    try {
      vi.resetModules();
      vi.stubEnv("PUBLIC_URL", "https://coupdemain.example/");
      const configured = await import("./mail.server");
      expect(configured.publicUrl("/verifier-email?token=x")).toBe(
        "https://coupdemain.example/verifier-email?token=x",
      );
      expect(configured.publicUrl("mot-de-passe")).toBe("https://coupdemain.example/mot-de-passe");

      vi.resetModules();
      vi.stubEnv("PUBLIC_URL", undefined);
      vi.stubEnv("PORT", "4567");
      const fallback = await import("./mail.server");
      expect(fallback.publicUrl("/verifier-email")).toBe("http://localhost:4567/verifier-email");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("email templates", () => {
  const resetUrl = "https://coupdemain.example/mot-de-passe/nouveau?token=a1&b=2";

  it("verify email, in French", () => {
    const email = verifyEmailMessage({ locale: "fr", firstName: "Marie", url });
    expect(email.subject).toBe("Confirmez votre adresse e-mail");
    expect(email.text.startsWith("Bonjour Marie,\n")).toBe(true);
    expect(email.text.split("\n")).toContain(url);
    expect(email.text).toContain("L’équipe de Coup de main");
    expect(email.html).toContain('<html lang="fr">');
    expect(email.html).toContain("Bonjour Marie,");
    expect(email.html).toContain(`href="${url}"`);
    expect(email.html).toContain(">Confirmer mon adresse</a>");
  });

  it("verify email, in English", () => {
    const email = verifyEmailMessage({ locale: "en", firstName: "Marie", url });
    expect(email.subject).toBe("Confirm your email address");
    expect(email.text.startsWith("Hello Marie,\n")).toBe(true);
    expect(email.text.split("\n")).toContain(url);
    expect(email.html).toContain('<html lang="en">');
    expect(email.html).toContain(">Confirm my address</a>");
  });

  it("reset password email, in French and English, with the URL escaped in HTML", () => {
    const fr = resetPasswordMessage({ locale: "fr", firstName: "Paul", url: resetUrl });
    expect(fr.subject).toBe("Réinitialiser votre mot de passe");
    expect(fr.text).toContain("Bonjour Paul,");
    expect(fr.text.split("\n")).toContain(resetUrl);
    expect(fr.html).toContain(`href="${resetUrl.replace("&", "&amp;")}"`);
    expect(fr.html).not.toContain("b=2&b");

    const en = resetPasswordMessage({ locale: "en", firstName: "Paul", url: resetUrl });
    expect(en.subject).toBe("Reset your password");
    expect(en.text).toContain("Hello Paul,");
    expect(en.text).toContain("If you did not ask for this");
    expect(en.html).toContain(">Choose a new password</a>");
  });

  it("escapes the first name in HTML, and keeps it as typed in the text", () => {
    const firstName = `<script>alert("x")</script>`;
    const email = verifyEmailMessage({ locale: "fr", firstName, url });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.text).toContain(`Bonjour ${firstName},`);
  });
});

describe("the e2e mail spool (playwright/mail-server.ts, playwright/mailbox.ts)", () => {
  let spoolServer: TestMailServer;
  let spoolDir: string;

  beforeAll(async () => {
    spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-spool-"));
    spoolServer = await startTestMailServer({ port: 0, spoolDir });
  });

  afterAll(async () => {
    await spoolServer.close();
    fs.rmSync(spoolDir, { recursive: true, force: true });
  });

  it("spools what the mailer sends; waitForEmail finds it and firstLink extracts the link", async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${spoolServer.port}`,
      from,
      db: openEmptyDatabase(),
    });
    const start = new Date();
    const first = verifyEmailMessage({ locale: "fr", firstName: "Léa", url: `${url}-old` });
    await mailer.send({ to: "Lea@Example.org", ...first });
    const second = verifyEmailMessage({ locale: "fr", firstName: "Léa", url });
    await mailer.send({ to: "lea@example.org", ...second });
    const reset = resetPasswordMessage({ locale: "fr", firstName: "Léa", url: `${url}-reset` });
    await mailer.send({ to: "lea@example.org", ...reset });

    const email = await waitForEmail("LEA@example.org", {
      subjectIncludes: "Confirmez",
      after: start,
      spoolDir,
    });
    expect(email.subject).toBe("Confirmez votre adresse e-mail");
    expect(email.from).toContain("ne-pas-repondre@coupdemain.test");
    expect(email.to).toEqual(["lea@example.org"]);
    expect(email.html).toContain("Bonjour Léa,");
    expect(Date.parse(email.receivedAt)).toBeGreaterThanOrEqual(start.getTime());
    expect(firstLink(email, "/verifier-email")).toBe(url);
    expect(() => firstLink(email, "/mot-de-passe")).toThrow(/No link to \/mot-de-passe/);

    const names = fs.readdirSync(spoolDir);
    expect(names.filter((name) => name.endsWith(".json"))).toHaveLength(3);
    expect(names.filter((name) => name.endsWith(".tmp"))).toHaveLength(0);
  });

  it("waitForEmail uses E2E_MAIL_SPOOL by default, and fails clearly on timeout", async () => {
    vi.stubEnv("E2E_MAIL_SPOOL", spoolDir);
    try {
      await expect(waitForEmail("nobody@example.org", { timeoutMs: 300 })).rejects.toThrow(
        /No email to nobody@example\.org arrived within 300 ms/,
      );
      await expect(
        waitForEmail("lea@example.org", { after: new Date(Date.now() + 60_000), timeoutMs: 200 }),
      ).rejects.toThrow(/received after/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("isDevMailboxOpen", () => {
  it("opens only outside production, without SMTP, to this machine", () => {
    expect(isDevMailboxOpen({ NODE_ENV: "development" }, "127.0.0.1")).toBe(true);
    expect(isDevMailboxOpen({ NODE_ENV: "development" }, "::1")).toBe(true);
    expect(isDevMailboxOpen({ NODE_ENV: "production" }, "127.0.0.1")).toBe(false);
    expect(isDevMailboxOpen({ NODE_ENV: "development", SMTP_URL: "smtp://x" }, "127.0.0.1")).toBe(
      false,
    );
    expect(isDevMailboxOpen({ NODE_ENV: "development" }, "203.0.113.9")).toBe(false);
  });
});
