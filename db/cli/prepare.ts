import { openDatabase } from "../client";
import { prepareDatabase } from "../prepare";
import { createProgress } from "../progress";

/** Run before `npm run dev`: migrate and import places, as `npm start` does. */
const db = openDatabase(process.env.DATABASE_PATH || "./data/coupdemain.db");
await prepareDatabase(db, createProgress());
db.$client.close();
