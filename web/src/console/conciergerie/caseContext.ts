import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { createContext, useContext } from "react";

type CaseFile = inferRouterOutputs<AppRouter>["conciergerie"]["case"];

/** What every part of the case page shares: the case as loaded, and how to report a change. */
export type CaseContextValue = {
  file: CaseFile;
  /** The signed-in person may work the case (assign, move, write); viewers only read it. */
  canWork: boolean;
  me: string;
  /** A change went through: reload the case, its timeline, and the lists it appears in. */
  saved: () => void;
  /**
   * A change was refused. A conflict (someone else saved the case since it was loaded) is
   * said once for the whole page, with a way to reload; answers true when it was one.
   */
  conflicted: (error: unknown) => boolean;
};

export const CaseContext = createContext<CaseContextValue | undefined>(undefined);

export function useCase(): CaseContextValue {
  const value = useContext(CaseContext);
  if (!value) throw new Error("useCase outside a case page");
  return value;
}
