/**
 * The single table's shape. Shared by the local setup (CreateTable on DynamoDB Local) and the
 * infrastructure stack, so both always agree.
 */
export const tableShape = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Both secondary indexes are tenant-first, like the table itself. */
  indexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  },
  /** Epoch seconds after which DynamoDB deletes the item. OpenAuth's storage uses it too. */
  timeToLive: "expiresAt",
} as const;
