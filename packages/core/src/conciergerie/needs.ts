/** What a household can ask the Conciergerie for, in the order the intake form lists them. */
export const needs = [
  "job",
  "partner-job",
  "housing",
  "school",
  "childcare",
  "health",
  "mobility",
  "administrative",
  "disability",
  "leisure",
] as const;
export type Need = (typeof needs)[number];

/** Where the agent is with each need of a case. */
export const needProgress = ["open", "in-progress", "done"] as const;
export type NeedProgress = (typeof needProgress)[number];

export const channelTypes = [
  "employer",
  "town-hall",
  "neighbourhood-centre",
  "university",
  "campaign",
  "other",
] as const;
export type ChannelType = (typeof channelTypes)[number];
