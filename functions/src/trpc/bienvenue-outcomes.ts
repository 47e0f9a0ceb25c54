import * as Outcomes from "@escale/core/bienvenue/outcomes";
import * as z from "zod";
import { router, staffProcedure } from "./init";

/** Bienvenue's outcome dashboard and its CSV. */
export const bienvenueOutcomesRouter = router({
  dashboard: staffProcedure.input(Outcomes.dashboard.schema).query(({ input }) => Outcomes.dashboard(input)),
  csv: staffProcedure.input(z.void()).query(() => Outcomes.csv()),
});
