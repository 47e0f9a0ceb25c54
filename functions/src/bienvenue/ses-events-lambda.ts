import { applySesEvent } from "@escale/core/bienvenue";
import type { SNSEvent } from "aws-lambda";

/** SES bounce and complaint events, through the configuration set's SNS topic: they suppress the address. */
export async function handler(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const { suppressed } = await applySesEvent(JSON.parse(record.Sns.Message));
    if (suppressed.length) console.log(JSON.stringify({ suppressed: suppressed.length }));
  }
}
