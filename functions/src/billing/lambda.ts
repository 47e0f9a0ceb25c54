import { applyEvent } from "@escale/core/billing";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";

/**
 * Applies the Stripe events the webhook queued (FIFO, grouped by subscription). When one fails,
 * it and every later message of its group go back to the queue, so a group stays in order;
 * after five tries a message goes to the dead-letter queue, which raises an alarm.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const failedGroups = new Set<string>();
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    const group = record.attributes.MessageGroupId ?? "";
    if (failedGroups.has(group)) {
      batchItemFailures.push({ itemIdentifier: record.messageId });
      continue;
    }
    try {
      await applyEvent(JSON.parse(record.body));
    } catch (error) {
      console.error("[stripe] queued event failed", record.messageId, (error as Error).name);
      failedGroups.add(group);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
