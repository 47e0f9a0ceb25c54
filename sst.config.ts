import { ApiStack } from "./infra/api";
import { JobsStack } from "./infra/jobs";
import { isDevStage, type SSTConfig } from "./infra/shared";
import { StorageStack } from "./infra/storage";

/**
 * SST v2 app. `sst` is installed in infra/, so run the CLI from there:
 * `pnpm --filter @escale/infra exec sst deploy --stage prod` (ESCALE_DOMAIN set for custom domains).
 */
export default {
  config() {
    return { name: "escale", region: "eu-west-3" };
  },
  stacks(app) {
    // Development stages clean up after themselves; others keep their data (see storage.ts).
    if (isDevStage(app.stage)) app.setDefaultRemovalPolicy("destroy");
    app.stack(StorageStack, { id: "storage" }).stack(ApiStack, { id: "api" }).stack(JobsStack, { id: "jobs" });
  },
} satisfies SSTConfig;
