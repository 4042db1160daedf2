import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { z } from "zod";
import { isInside } from "#db/backup/format";

/** Express's names for the private ranges, accepted in a TRUST_PROXY list. */
const NAMED_SUBNETS = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, a subnet in CIDR form (10.0.0.0/8, fd00::/8) or one of Express's names. */
function isTrustedAddress(entry: string): boolean {
  if (NAMED_SUBNETS.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = net.isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies may say who the client is (X-Forwarded-For), with Express's
 * `trust proxy` semantics: "0" trusts none (the default: the client is the
 * socket's peer); a hop count trusts that many proxies in front of the
 * server, so only the addresses they appended count; a list trusts those
 * addresses and subnets. Never `true`, which lets any client pick its IP.
 */
export const trustProxySchema = z
  .string()
  .trim()
  .transform((value, context): number | string[] => {
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(",").map((entry) => entry.trim());
    const invalid = entries.filter((entry) => !isTrustedAddress(entry));
    if (invalid.length > 0) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: `TRUST_PROXY takes a hop count (0, 1, 2…) or a comma-separated list of addresses and subnets (127.0.0.1, 10.0.0.0/8, loopback); not ${invalid.map((entry) => JSON.stringify(entry)).join(", ")}`,
      });
      return z.NEVER;
    }
    return entries;
  });

/**
 * Every environment variable the app reads, validated once at start-up so a
 * typo fails loudly instead of half-working. Document each in .env.example.
 */
/** A line of the legal notice: plain text, not empty. */
function legalText(max: number) {
  return z.string().trim().min(1).max(max).optional();
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_PATH: z.string().min(1).default("./data/coupdemain.db"),
  /** Where links in emails point, e.g. https://coupdemain.fr (default: http://localhost:PORT). */
  PUBLIC_URL: z.string().url().optional(),
  /** smtp://user:pass@host:587 or smtps://…; without it, emails go to /dev/mailbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Coup de main <ne-pas-repondre@coupdemain.local>"),
  /** Proxies in front of the server: a hop count, or trusted addresses (see trustProxySchema). */
  TRUST_PROXY: trustProxySchema.default("0"),
  /** 0 disables the demo data set loaded into an empty database. */
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  /** Memory for visitors' cached pages, in MiB (ADR 022); 0 turns the page cache off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  /** 0 stops notification emails (immediate and digest) from being sent by this server. */
  NOTIFICATION_EMAILS: z.enum(["0", "1"]).default("1"),
  /** The hour (0–23, Europe/Paris) from which the daily digest goes out. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Search with Meilisearch at this address (http://localhost:7700); without it, the embedded engine. */
  MEILISEARCH_URL: z.string().url().optional(),
  /** The Meilisearch API key (its master key or an admin key), when the server has one. */
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  /** The password `npm run admin:create` gives the new admin (otherwise typed at a prompt). */
  ADMIN_PASSWORD: z.string().optional(),
  /** The folder of the files members upload (default: `uploads` beside the database). */
  UPLOADS_DIR: z.string().min(1).optional(),
  /** Where the server writes its backup snapshots; without it, it takes none. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Hours between two snapshots (default 24); fractions allowed, at least one minute. */
  BACKUP_EVERY_HOURS: z.coerce
    .number()
    .min(1 / 60)
    .max(24 * 366)
    .optional(),
  /** How many snapshots to keep, the newest (default 7). */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).optional(),
  /** The code this server runs, linked from every page: the AGPL asks a network service to offer it. */
  SOURCE_CODE_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, "SOURCE_CODE_URL must start with https:// or http://")
    .default("https://github.com/coup-de-main/coup-de-main"),
  // The legal notice (/mentions-legales): who publishes the site. Unset, the page says so.
  LEGAL_PUBLISHER_NAME: legalText(200),
  LEGAL_PUBLISHER_ADDRESS: legalText(300),
  LEGAL_CONTACT_EMAIL: z.string().trim().email().max(200).optional(),
  LEGAL_DIRECTOR: legalText(200),
  /** The host: name, address and phone, as the LCEN asks. */
  LEGAL_HOST: legalText(300),
  /**
   * "cookie": pages read the time from a `test-clock` cookie (ADR 024), for
   * end-to-end tests only: refused unless PUBLIC_URL is a loopback address.
   */
  TEST_CLOCK: z.enum(["cookie"]).optional(),
});

/** Settings that only make sense together. */
const checkedEnvSchema = envSchema.superRefine((env, context) => {
  for (const name of ["BACKUP_EVERY_HOURS", "BACKUP_KEEP"] as const) {
    if (env[name] !== undefined && !env.BACKUP_DIR) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: [name],
        message: `${name} needs BACKUP_DIR, the folder of the snapshots`,
      });
    }
  }
  if (env.TEST_CLOCK && !(env.PUBLIC_URL && isLoopbackUrl(env.PUBLIC_URL))) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["TEST_CLOCK"],
      message:
        "TEST_CLOCK is for end-to-end tests: PUBLIC_URL must be http://localhost or 127.0.0.1",
    });
  }
  if (env.BACKUP_DIR && isInside(env.BACKUP_DIR, uploadsDirectory(env))) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["BACKUP_DIR"],
      message: "BACKUP_DIR must not be inside the uploads folder, which the snapshots copy",
    });
  }
});

/** A server only its own machine reaches, by its public address. */
function isLoopbackUrl(url: string) {
  const { hostname } = new URL(url);
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/**
 * Entry points (the server, the commands) read a `.env` file when there is
 * one, before anything reads a setting; tests never do.
 */
export function loadEnvFile(file = ".env") {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The settings in `source`, or an error listing every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = checkedEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment variables (see .env.example):\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** The folder of uploaded files: UPLOADS_DIR, or `uploads` beside the database. */
export function uploadsDirectory(env: Pick<Env, "UPLOADS_DIR" | "DATABASE_PATH">): string {
  return env.UPLOADS_DIR ?? path.join(path.dirname(env.DATABASE_PATH), "uploads");
}

/** The server's periodic snapshots, when BACKUP_DIR asks for them (docs/operations.md). */
export function snapshotSettings(env: Env) {
  if (!env.BACKUP_DIR) return null;
  return {
    dir: env.BACKUP_DIR,
    everyHours: env.BACKUP_EVERY_HOURS ?? 24,
    keep: env.BACKUP_KEEP ?? 7,
  };
}

/** What the legal notice and the footer show, from the settings. */
export function legalSettings(env: Env) {
  return {
    publisherName: env.LEGAL_PUBLISHER_NAME ?? null,
    publisherAddress: env.LEGAL_PUBLISHER_ADDRESS ?? null,
    contactEmail: env.LEGAL_CONTACT_EMAIL ?? null,
    director: env.LEGAL_DIRECTOR ?? null,
    host: env.LEGAL_HOST ?? null,
    sourceCodeUrl: env.SOURCE_CODE_URL,
  };
}

export type LegalSettings = ReturnType<typeof legalSettings>;
