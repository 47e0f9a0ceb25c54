import { spawnSync } from "node:child_process";
import { repoRoot } from "@escale/local/paths";

/** End-to-end tests drive the production build of the web app, as users get it. */
export default function buildWeb() {
  const result = spawnSync("pnpm", ["--filter", "@escale/web", "build"], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The web app did not build");
}
