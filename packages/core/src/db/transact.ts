import { DynamoDBDocumentClient, TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import pRetry, { AbortError } from "p-retry";
import { dynamo } from "./client";
import { cancellationReasons } from "./errors";

type Params = Record<string, unknown>;
/** One write of a transaction, as ElectroDB's `.params()` or a hand-written expression gives it. */
export type TransactItem = { Put: Params } | { Update: Params } | { Delete: Params } | { ConditionCheck: Params };

const wrapped = new WeakMap<object, DynamoDBDocumentClient>();

/** The document client over the same low-level client (and request counter). */
export function documents(): DynamoDBDocumentClient {
  const client = dynamo();
  let document = wrapped.get(client);
  if (!document) {
    document = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    wrapped.set(client, document);
  }
  return document;
}

/**
 * Writes several items atomically. Used where ElectroDB's own transactions fall short: the
 * funnel counters ADD to attributes no schema lists (one per day-count bucket). Entity writes
 * join in through their `.params()`, so keys and conditions still come from ElectroDB.
 * `retries` is raised where many people contend for one item (the seats of a popular event).
 */
export async function transact(items: TransactItem[], options: { retries?: number } = {}): Promise<void> {
  const input = { TransactItems: items } as TransactWriteCommandInput;
  // Two transactions touching one item at once (two intakes adding to the same counter) make
  // DynamoDB cancel one with "TransactionConflict": that one is tried again. A failed
  // condition is an answer, not a conflict, and is passed on at once.
  await pRetry(
    async () => {
      try {
        await documents().send(new TransactWriteCommand(input));
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons.includes("TransactionConflict") && !reasons.includes("ConditionalCheckFailed")) throw error;
        throw new AbortError(error as Error);
      }
    },
    { retries: options.retries ?? 6, minTimeout: 20, maxTimeout: 400, randomize: true },
  );
}
