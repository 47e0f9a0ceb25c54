import { log } from "@escale/core/observability";
import { runAll } from "./index";

export async function handler() {
  const summaries = await runAll();
  log.info("jobs ran", { summaries: summaries.join("; ") });
}
