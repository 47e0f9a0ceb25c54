import { startDynamoLocal } from "@escale/local/dynamodb";
import { startMailCatcher } from "@escale/local/mail-catcher";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    smtpPort: number;
    inboxUrl: string;
  }
}

/** One DynamoDB Local and one mail catcher for the whole run; each test file gets its own table. */
export default async function startServices(project: TestProject) {
  const [dynamo, mail] = await Promise.all([startDynamoLocal(), startMailCatcher()]);
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("smtpPort", mail.smtpPort);
  project.provide("inboxUrl", mail.inboxUrl);
  return async () => {
    await Promise.all([dynamo.stop(), mail.stop()]);
  };
}
