import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { startServer, type ServerProcess } from "#playwright/server-process";

/*
 * Backups against real servers of their own (not the suite's): the demo
 * community is backed up while its server runs, then restored into a fresh
 * folder, where a fresh server must serve the very same pages and JSON.
 */

type Command = { code: number; stdout: string; stderr: string };

/** `npm run <script> -- <args>`, with these settings. */
function npmRun(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  return new Promise<Command>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${script}.ts`, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(folder: string) {
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(folder, name)).isFile())
    .sort();
}

/**
 * Status and body of each address, with what may rightly differ between two
 * servers a minute apart taken out: the server's own origin, the CSP nonces,
 * and the relative times ("il y a 8 h" turns into "il y a 9 h" when the hour
 * goes by during the backup and restore).
 */
/** Where two texts part, with some context on each side; null when they are the same. */
function firstDifference(actual: string, expected: string) {
  if (actual === expected) return null;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 160), at + 160);
  return { at, actual: around(actual), expected: around(expected) };
}

async function pages(server: ServerProcess, addresses: string[]) {
  const answers: Record<string, string> = {};
  for (const address of addresses) {
    const response = await fetch(server.origin + address, { redirect: "manual" });
    const body = (await response.text())
      .replaceAll(server.origin, "ORIGIN")
      .replaceAll(/nonce="[^"]*"/g, 'nonce=""')
      .replaceAll(/à l’instant|il y a \d+ (?:min|h|j)/g, "RELATIVE-TIME");
    answers[address] = `${response.status} ${body}`;
  }
  return answers;
}

test("a backup of a running server restores into a fresh server that serves the same pages", async () => {
  // The source server's first start imports the places of France and seeds
  // the demo: over two minutes on a loaded two-core machine.
  test.setTimeout(480_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-backup-e2e-"));
  const source = {
    DATABASE_PATH: path.join(folder, "source", "coupdemain.db"),
    UPLOADS_DIR: path.join(folder, "source", "uploads"),
  };
  const restored = {
    DATABASE_PATH: path.join(folder, "restored", "coupdemain.db"),
    UPLOADS_DIR: path.join(folder, "restored", "uploads"),
  };
  const backupFile = path.join(folder, "sauvegarde.tar.gz");
  const servers: ServerProcess[] = [];
  try {
    const sourceServer = await startServer({
      databasePath: source.DATABASE_PATH,
      env: { ...source, SEED_DEMO: "1" },
      timeoutMs: 300_000,
    });
    servers.push(sourceServer);
    fs.mkdirSync(path.join(source.UPLOADS_DIR, "2026"), { recursive: true });
    fs.writeFileSync(path.join(source.UPLOADS_DIR, "2026", "echelle.jpg"), Buffer.alloc(20_000, 9));

    const sqlite = new Database(source.DATABASE_PATH, { readonly: true });
    const questionIds = sqlite
      .prepare("SELECT id FROM questions WHERE deleted_at IS NULL ORDER BY id")
      .pluck()
      .all() as number[];
    sqlite.close();
    expect(questionIds.length).toBeGreaterThan(50);
    const api = questionIds.map((id) => `/api/v1/questions/${id}`);
    const questionPages = (await Promise.all(
      api.map(async (address) => {
        const response = await fetch(sourceServer.origin + address);
        return new URL(((await response.json()) as { url: string }).url).pathname;
      }),
    )) as string[];
    const addresses = [
      ...api,
      ...questionPages,
      "/p/donges-44480",
      "/p/paris-11e-arrondissement-75011",
      "/api/v1/questions?place=donges-44480&radius=50",
      "/api/v1/search?q=echelle",
      "/search?q=perceuse",
      "/m/demo-mamadou",
      "/sitemap.xml",
    ];
    const served = await pages(sourceServer, addresses);

    const backup = await npmRun("backup", [backupFile], source);
    expect(backup.code, backup.stderr).toBe(0);
    // The demo's photos (each in its sizes) and the file written above.
    const uploaded = filesUnder(source.UPLOADS_DIR);
    expect(uploaded).toContain(path.join("2026", "echelle.jpg"));
    expect(backup.stdout).toContain(`and ${uploaded.length} uploaded files`);

    // Over the database of the running server: refused, nothing touched.
    const refused = await npmRun("restore", [backupFile], source);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is in use by another process: stop the server");
    expect(fs.readdirSync(path.dirname(source.DATABASE_PATH)).sort()).toEqual([
      "coupdemain.db",
      "coupdemain.db-shm",
      "coupdemain.db-wal",
      "uploads",
    ]);

    const restore = await npmRun("restore", [backupFile], restored);
    expect(restore.code, restore.stderr).toBe(0);
    const restoredServer = await startServer({
      databasePath: restored.DATABASE_PATH,
      env: { ...restored, SEED_DEMO: "1" },
    });
    servers.push(restoredServer);

    const restoredPages = await pages(restoredServer, addresses);
    for (const address of addresses) {
      expect(firstDifference(restoredPages[address]!, served[address]!), address).toBeNull();
    }
    expect(filesUnder(restored.UPLOADS_DIR)).toEqual(uploaded);
    expect(fs.readFileSync(path.join(restored.UPLOADS_DIR, "2026", "echelle.jpg"))).toEqual(
      Buffer.alloc(20_000, 9),
    );
    // The search index came with the database: nothing was rebuilt.
    expect(restoredServer.output()).not.toContain("Building the search index");
  } finally {
    for (const server of servers) await server.stop("SIGTERM");
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
