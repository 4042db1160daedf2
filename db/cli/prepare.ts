import { hashPassword } from "#app/utils/password.server";
import { openDatabase } from "../client";
import { prepareDatabase } from "../prepare";
import { createProgress } from "../progress";
import { seedDemoData } from "../seed/demo";

/** Run before `npm run dev`: migrate, import places and load the demo data, as `npm start` does. */
const db = openDatabase(process.env.DATABASE_PATH || "./data/coupdemain.db");
await prepareDatabase(db, createProgress(), {
  seedDemo:
    process.env.SEED_DEMO === "0" ? undefined : (target) => seedDemoData(target, hashPassword),
});
db.$client.close();
