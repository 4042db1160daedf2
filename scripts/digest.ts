import { sendDigests } from "#app/models/notifications/email-sender.server";
import { createMailer } from "#app/server/mail.server";
import { createProgress } from "#db/progress";
import { openCommandDatabase } from "./command-database";

/**
 * `npm run digest`: sends the daily digests that are due, for a cron job or by
 * hand; the server also does it by itself every 10 minutes. Safe to run
 * alongside the server or twice: items are claimed before sending, so none is
 * ever sent twice. `--force` ignores DIGEST_HOUR (never the 23 h spacing).
 */
const force = process.argv.includes("--force");
const { db, env } = openCommandDatabase();
const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, db });

const progress = createProgress();
const report = await sendDigests(db, {
  mailer,
  digestHour: env.DIGEST_HOUR,
  force,
  onProgress: progress.track("Sending digests"),
});
progress.stop();
db.$client.close();

if (!report.due) {
  console.log(
    `Not yet the digest hour (${env.DIGEST_HOUR}:00, Europe/Paris): nothing sent. Use --force to send now.`,
  );
} else {
  console.log(
    `Digests: ${report.sent} sent (${report.items} items), ${report.failed} failed, ` +
      `${report.members} member(s) due.`,
  );
}
if (report.failed > 0) process.exitCode = 1;
