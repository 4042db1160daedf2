import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const databasePath = process.env.DATABASE_PATH || "./data/coupdemain.db";
const db = openDatabase(databasePath);
migrateDatabase(db);
console.log(`Migrated ${databasePath}`);
db.$client.close();
