import { openCommandDatabase } from "./command-database";

/** `npm run db:migrate`: applies the migrations to DATABASE_PATH. */
const { db, databasePath } = openCommandDatabase();
console.log(`Migrated ${databasePath}`);
db.$client.close();
