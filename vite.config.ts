import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vitest/config";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: { port: Number(process.env.PORT ?? 3000) },
  build: {
    // The server reads the client build's manifest to preload the page's catalogue chunk.
    manifest: true,
    // better-sqlite3 is a native module: keep it (and the data packages) out of the bundle.
    rollupOptions: { external: ["better-sqlite3"] },
  },
  ssr: {
    external: ["better-sqlite3"],
  },
  plugins: [
    !process.env.VITEST &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_lazyRouteDiscovery: true,
          v3_singleFetch: true,
          v3_routeConfig: true,
        },
      }),
  ],
  test: {
    include: ["{app,db,search,scripts,test}/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/server-catalogues.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
