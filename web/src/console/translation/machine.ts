import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../api";
import type { Membership } from "../types";

/** Whether this deployment offers machine translation (`ESCALE_TRANSLATE`); false while unknown. */
export function useMachineTranslation(): boolean {
  const trpc = useTRPC();
  return useQuery(trpc.translation.status.queryOptions()).data?.configured ?? false;
}

export type DraftKind = "article" | "notice" | "questions";

/** Where a machine draft is reviewed. */
export function reviewPath(kind: DraftKind, ref: string, language: string) {
  return `/console/translations/review/${kind}/${encodeURIComponent(ref)}/${language}`;
}

/**
 * Who may draft and publish a translation, mirroring the server's permissions (which it enforces
 * itself): articles are the editors', the notice and questions belong to the Conciergerie's settings.
 */
export function mayTranslate(role: Membership["role"], kind: string) {
  if (kind === "article") return role === "owner" || role === "admin" || role === "editor";
  return (kind === "notice" || kind === "questions") && (role === "owner" || role === "admin");
}

/** The server's refusals a person can act on, said in the console's words (`translation:errors.*`). */
export const refusals = [
  "translation_unavailable",
  "translation_failed",
  "draft_pending",
  "already_translated",
  "draft_not_found",
  "stale_version",
];
