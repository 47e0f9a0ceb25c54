import { applyEvent } from "@escale/core/billing";
import { log } from "@escale/core/observability";
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
      log.error("queued stripe event failed", { messageId: record.messageId, error: (error as Error).name });
      failedGroups.add(group);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
