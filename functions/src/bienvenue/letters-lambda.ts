import { setTimeout } from "node:timers/promises";
import { Letters } from "@escale/core/bienvenue";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";

/**
 * Sends the letters the newsletters job queued. The queue's consumer has a fixed concurrency
 * and batch size (infra/bienvenue.ts), which keeps sending under SES's rate; a letter that fails
 * goes back to the queue, and after five tries to the dead-letter queue.
 */
const interval = 1000 / Number(process.env.ESCALE_LETTERS_PER_SECOND ?? 7);

export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    const started = Date.now();
    try {
      await Letters.deliverQueued(JSON.parse(record.body));
    } catch (error) {
      console.error("[letters] queued letter failed", record.messageId, (error as Error).message);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
    await setTimeout(Math.max(0, interval - (Date.now() - started)));
  }
  return { batchItemFailures };
}
