import { Entity } from "electrodb";

/**
 * A machine translation waiting for a person's review: the text it was made from and the
 * draft, kept apart from what readers see, so nothing of it reaches the portal, the assistant
 * or a consent until someone reviews and publishes it.
 */
export const TranslationDraftEntity = new Entity({
  model: { service: "escale", entity: "translationDraft", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    /** What is translated: an article, the privacy notice, the intake questions. */
    kind: { type: ["article", "notice", "questions"] as const, required: true, readOnly: true },
    /** Which one: the article's slug; "privacy" and "intake" for the single notice and question set. */
    ref: { type: "string", required: true, readOnly: true },
    language: { type: "string", required: true, readOnly: true },
    sourceLanguage: { type: "string", required: true },
    /** Field name → the text it was translated from, and → the machine's draft. */
    source: { type: "any", required: true },
    fields: { type: "any", required: true },
    draftedAt: { type: "string", required: true },
    draftedBy: { type: "string", required: true },
  },
  indexes: {
    byTarget: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: {
        field: "sk",
        composite: ["kind", "ref", "language"],
        template: "translation-draft#${kind}#${ref}#${language}",
        casing: "none",
      },
    },
  },
});
