import { Entity } from "electrodb";

const service = "escale";

export const kitKinds = ["file", "video", "newsletter"] as const;

/**
 * Something the territory gives its partner employers to pass on: a file (flyer, poster), a
 * video link or a newsletter text. All of a tenant's kit is one partition, listed in one Query.
 */
export const KitItemEntity = new Entity({
  model: { service, entity: "kitItem", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    itemId: { type: "string", required: true, readOnly: true },
    kind: { type: kitKinds, required: true },
    title: { type: "string", required: true },
    /** The language the item is in, so employers pick the one for their recruit. */
    language: { type: "string", required: true },
    /** A file's key in the uploads store. */
    fileKey: { type: "string" },
    /** A video's address. */
    url: { type: "string" },
    /** A newsletter's text, to paste into the employer's own letter. */
    text: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#employer-kit", casing: "none" },
      sk: { field: "sk", composite: ["itemId"], template: "${itemId}", casing: "none" },
    },
  },
});
