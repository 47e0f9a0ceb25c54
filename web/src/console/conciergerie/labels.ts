import type { ChannelType, CloseReason, Need, NeedProgress, Status } from "../../conciergerie";

/** The console's words for the Conciergerie's codes. As Records, so a new code cannot go unnamed. */
export const needLabels: Record<Need, string> = {
  job: "Job",
  "partner-job": "Partner's job",
  housing: "Housing",
  school: "School",
  childcare: "Childcare",
  health: "Health",
  mobility: "Mobility",
  administrative: "Administrative steps",
  disability: "Disability support",
  leisure: "Leisure and culture",
};

export const statusLabels: Record<Status, string> = {
  registered: "Registered",
  contacted: "Contacted",
  accompanied: "Accompanied",
  installed: "Installed",
  closed: "Closed",
};

export const progressLabels: Record<NeedProgress, string> = {
  open: "Open",
  "in-progress": "In progress",
  done: "Done",
};

export const closeReasonLabels: Record<CloseReason, string> = {
  "not-reachable": "Could not be reached",
  "project-abandoned": "Gave up the move",
  "settled-elsewhere": "Settled elsewhere",
  "not-eligible": "Not eligible",
  duplicate: "Duplicate of another case",
  other: "Other reason",
};

export const channelTypeLabels: Record<ChannelType, string> = {
  employer: "Employer",
  "town-hall": "Town hall",
  "neighbourhood-centre": "Neighbourhood centre",
  university: "University",
  campaign: "Campaign",
  other: "Other",
};

/** Choices for a select, in the Record's order. */
export function choicesOf<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export function label<T extends string>(labels: Record<T, string>, code: string): string {
  return labels[code as T] ?? code;
}
