import fs from "node:fs";
import { chromiumPath } from "./chromium";

// Fail the e2e step with one clear line instead of a Playwright stack trace.
if (!fs.existsSync(chromiumPath)) {
  console.error(
    `Chromium not found at ${chromiumPath}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
