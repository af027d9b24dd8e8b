// Bundles the UI into dist/: index.html plus dist/assets/app.{js,css}.
// `npm run build` (what `make ui` runs after `npm ci`); `npm run watch` rebuilds on change.
import { build, context } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const watch = process.argv.includes("--watch");

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "assets"), { recursive: true });
cpSync(join(here, "index.html"), join(dist, "index.html"));

const options = {
  entryPoints: { app: join(here, "src", "main.js"), style: join(here, "src", "app.css") },
  outdir: join(dist, "assets"),
  bundle: true,
  format: "esm",
  target: ["es2020"],
  minify: !watch,
  sourcemap: true,
  legalComments: "linked",
  logLevel: "info",
};

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
}
