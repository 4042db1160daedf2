// A worker thread does not inherit the TypeScript loader of its parent
// (tsx, or Vitest's): register tsx, then load the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./backup-worker");
