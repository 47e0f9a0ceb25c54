import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { config } from "../config";
import { dynamo } from "./client";
import { tableShape } from "./table";

/** Reads one (absent) item: throws when the table cannot be reached, within `timeoutMs`. */
export async function ping(timeoutMs = 2000): Promise<void> {
  const { partitionKey, sortKey } = tableShape;
  await dynamo().send(
    new GetItemCommand({
      TableName: config().table,
      Key: { [partitionKey]: { S: "p#health" }, [sortKey]: { S: "health" } },
    }),
    { abortSignal: AbortSignal.timeout(timeoutMs) },
  );
}
