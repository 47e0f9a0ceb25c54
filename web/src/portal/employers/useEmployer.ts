import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { useOutletContext } from "react-router";

/** The employer the signed-in person acts for, as the space's layout loaded it. */
export type EmployerMe = inferRouterOutputs<AppRouter>["employerSpace"]["me"];

/** For pages inside the employer space's layout. */
export function useEmployer(): EmployerMe {
  return useOutletContext<EmployerMe>();
}
