import { ambassadorsRouter } from "./ambassadors";
import { assistantRouter } from "./assistant";
import { bienvenueRouter } from "./bienvenue";
import { bienvenueConsoleRouter } from "./bienvenue-console";
import { dealsRouter } from "./bienvenue-deals";
import { bienvenueOutcomesRouter } from "./bienvenue-outcomes";
import { conciergerieRouter } from "./conciergerie";
import { consoleRouter } from "./console";
import { jobsRouter } from "./employer-jobs";
import { employerKitRouter } from "./employer-kit";
import { employerSpaceRouter } from "./employers";
import { employersConsoleRouter } from "./employers-console";
import { flyersRouter } from "./flyers";
import { helpRouter } from "./help";
import { router } from "./init";
import { knowledgeRouter } from "./knowledge";
import { platformRouter } from "./platform";
import { portalRouter } from "./portal";
import { teamRouter } from "./team";
import { translationRouter } from "./translation";

export const appRouter = router({
  platform: platformRouter,
  portal: portalRouter,
  console: consoleRouter,
  team: teamRouter,
  conciergerie: conciergerieRouter,
  help: helpRouter,
  knowledge: knowledgeRouter,
  assistant: assistantRouter,
  deals: dealsRouter,
  bienvenueOutcomes: bienvenueOutcomesRouter,
  ambassadors: ambassadorsRouter,
  flyers: flyersRouter,
  bienvenue: bienvenueRouter,
  bienvenueConsole: bienvenueConsoleRouter,
  jobs: jobsRouter,
  employerKit: employerKitRouter,
  employersConsole: employersConsoleRouter,
  employerSpace: employerSpaceRouter,
  translation: translationRouter,
});

export type AppRouter = typeof appRouter;
