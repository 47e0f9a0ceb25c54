/**
 * The life of a case: registered → contacted → accompanied → installed, or closed with a
 * reason from any open step. Steps are taken one at a time; installed and closed are final.
 */
export const statuses = ["registered", "contacted", "accompanied", "installed", "closed"] as const;
export type Status = (typeof statuses)[number];

export const openStatuses = ["registered", "contacted", "accompanied"] as const;

export const closeReasons = [
  "not-reachable",
  "project-abandoned",
  "settled-elsewhere",
  "not-eligible",
  "duplicate",
  "other",
] as const;
export type CloseReason = (typeof closeReasons)[number];

const next: Record<Status, Status[]> = {
  registered: ["contacted", "closed"],
  contacted: ["accompanied", "closed"],
  accompanied: ["installed", "closed"],
  installed: [],
  closed: [],
};

export function allowedMoves(from: Status): Status[] {
  return next[from];
}

export function canMove(from: Status, to: Status): boolean {
  return next[from].includes(to);
}

/** The funnel stages a case has reached, for counting: every step up to its status. */
export function stagesReached(status: Status, reachedBeforeClosing: Status = "registered"): Status[] {
  if (status === "closed") return [...stagesReached(reachedBeforeClosing), "closed"];
  return statuses.slice(0, statuses.indexOf(status) + 1);
}
