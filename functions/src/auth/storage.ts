import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { config } from "@escale/core/config";
import { dynamo, tableShape } from "@escale/core/db";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";

const separator = String.fromCharCode(0x1f);

/**
 * OpenAuth's storage on our table and client. Its keys live under the platform partition
 * `p#auth#...` and expire through the table's TTL attribute. (OpenAuth's own DynamoStorage
 * signs requests with its own credential lookup, which knows neither DynamoDB Local nor our
 * client; this keeps one client and one key discipline.)
 */
export function authStorage(): StorageAdapter {
  const { partitionKey: pk, sortKey: sk, timeToLive: ttl } = tableShape;
  const split = (key: string[]) =>
    key.length === 2
      ? { pk: `p#auth#${key[0]}`, sk: key[1] ?? "" }
      : { pk: `p#auth#${key.slice(0, 2).join(separator)}`, sk: key.slice(2).join(separator) };
  const keyOf = (key: string[]) => {
    const parts = split(key);
    return { [pk]: { S: parts.pk }, [sk]: { S: parts.sk } };
  };
  const live = (item: Record<string, { N?: string }>) => !item[ttl]?.N || Number(item[ttl].N) > Date.now() / 1000;

  return {
    async get(key) {
      const { Item } = await dynamo().send(
        new GetItemCommand({ TableName: config().table, Key: keyOf(key), ConsistentRead: true }),
      );
      if (!Item || !live(Item) || !Item.value?.S) return undefined;
      return JSON.parse(Item.value.S);
    },
    async set(key, value, expiry) {
      await dynamo().send(
        new PutItemCommand({
          TableName: config().table,
          Item: {
            ...keyOf(key),
            value: { S: JSON.stringify(value) },
            ...(expiry ? { [ttl]: { N: String(Math.floor(expiry.getTime() / 1000)) } } : {}),
          },
        }),
      );
    },
    async remove(key) {
      await dynamo().send(new DeleteItemCommand({ TableName: config().table, Key: keyOf(key) }));
    },
    async *scan(prefix) {
      const partition = prefix.length >= 2 ? `p#auth#${prefix.slice(0, 2).join(separator)}` : `p#auth#${prefix[0]}`;
      const sortPrefix = prefix.length > 2 ? prefix.slice(2).join(separator) : "";
      let start: Record<string, never> | undefined;
      do {
        const page = await dynamo().send(
          new QueryCommand({
            TableName: config().table,
            KeyConditionExpression: sortPrefix ? "#pk = :pk AND begins_with(#sk, :sk)" : "#pk = :pk",
            ExpressionAttributeNames: { "#pk": pk, ...(sortPrefix ? { "#sk": sk } : {}) },
            ExpressionAttributeValues: {
              ":pk": { S: partition },
              ...(sortPrefix ? { ":sk": { S: sortPrefix } } : {}),
            },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          if (!live(item) || !item.value?.S) continue;
          const [first, second] = (item[pk]?.S ?? "").slice("p#auth#".length).split(separator);
          const rest = item[sk]?.S ? (item[sk].S as string).split(separator) : [];
          yield [[first ?? "", ...(second === undefined ? [] : [second]), ...rest], JSON.parse(item.value.S)];
        }
        start = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (start);
    },
  };
}
