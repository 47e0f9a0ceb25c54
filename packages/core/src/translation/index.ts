/**
 * Translation help, reviewed by people: machine drafts of a territory's texts (kept apart until
 * a person publishes them), a household's messages in the agent's language, and which texts
 * lack which of the territory's languages.
 */
export { coverage, status } from "./coverage";
export { discard, draft, pending, publish, review } from "./drafts";
export { caseMessages, draftReply } from "./messages";
export { chunks, translate, translatorSettings } from "./provider";
export { type Kind, kinds } from "./targets";
