/** Job offers of partner employers: posting, moderation, the portal's board, offers matching a case. */

export { contracts, fieldsNamedIn, jobFields } from "./fields";
export * as Jobs from "./jobs";
