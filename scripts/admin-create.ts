import readline from "node:readline";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { createMember, findUserByEmail } from "#app/models/members/users.server";
import { resolvePlaceChoice } from "#app/models/places/places.server";
import { hashPassword } from "#app/server/password.server";
import { PASSWORD_MIN_LENGTH } from "#app/domain/passwords";
import { users } from "#db/schema";
import { openCommandDatabase } from "./command-database";

/**
 * `npm run admin:create -- --email … --first … --last … --place …`: creates
 * the first admin (or makes an existing member admin). The password comes from
 * ADMIN_PASSWORD or is typed at a prompt that does not echo it.
 */
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    first: { type: "string" },
    last: { type: "string" },
    place: { type: "string" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readHiddenPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) fail("No terminal to type the password: set ADMIN_PASSWORD.");
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
  });
  // Show the prompt, then echo nothing of what is typed.
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let muted = false;
  output._writeToOutput = (text) => {
    if (!muted) process.stdout.write(text);
  };
  const answer = new Promise<string>((resolve) => rl.question(prompt, resolve));
  muted = true;
  const password = await answer;
  rl.close();
  process.stdout.write("\n");
  return password;
}

const { email, first, last, place } = values;
if (!email || !first || !last || !place) {
  fail(
    "Usage: npm run admin:create -- --email camille@example.fr --first Camille --last Durand --place 44052",
  );
}

const { db, env } = openCommandDatabase();
const existing = findUserByEmail(db, email);
if (existing) {
  db.update(users).set({ isAdmin: true }).where(eq(users.id, existing.id)).run();
  console.log(`${existing.firstName} ${existing.lastName} <${email}> is now an admin.`);
  process.exit(0);
}
const choice = resolvePlaceChoice(db, { code: place, query: place });
if (choice.status !== "found") {
  fail(
    `Place "${place}" is ${choice.status === "ambiguous" ? "ambiguous: use its INSEE code" : "unknown"}.`,
  );
}
const password = env.ADMIN_PASSWORD ?? (await readHiddenPassword("Password: "));
if (password.length < PASSWORD_MIN_LENGTH)
  fail(`The password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
const id = createMember(db, {
  firstName: first,
  lastName: last,
  email,
  passwordHash: await hashPassword(password),
  homePlaceId: choice.place.id,
  locale: "fr",
  emailVerifiedAt: new Date(),
  isAdmin: true,
});
console.log(`Admin created: ${first} ${last} <${email}> in ${choice.place.name} (member ${id}).`);
db.$client.close();
