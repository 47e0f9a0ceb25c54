import { consoleRouter } from "./console";
import { router } from "./init";
import { platformRouter } from "./platform";
import { portalRouter } from "./portal";
import { teamRouter } from "./team";

export const appRouter = router({
  platform: platformRouter,
  portal: portalRouter,
  console: consoleRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;
