import { conciergerieRouter } from "./conciergerie";
import { consoleRouter } from "./console";
import { helpRouter } from "./help";
import { router } from "./init";
import { platformRouter } from "./platform";
import { portalRouter } from "./portal";
import { teamRouter } from "./team";

export const appRouter = router({
  platform: platformRouter,
  portal: portalRouter,
  console: consoleRouter,
  team: teamRouter,
  conciergerie: conciergerieRouter,
  help: helpRouter,
});

export type AppRouter = typeof appRouter;
