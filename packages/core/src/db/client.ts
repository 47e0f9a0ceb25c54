import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { config } from "../config";

const clients = new Map<string, DynamoDBClient>();
let requestsSent = 0;

/** How many DynamoDB requests this process has sent: benchmarks count requests per call. */
export const dynamoRequestCount = () => requestsSent;

/** One client per endpoint and region; locally DynamoDB Local with dummy credentials. */
export function dynamo(): DynamoDBClient {
  const { dynamoEndpoint, region } = config();
  const key = `${region} ${dynamoEndpoint ?? "aws"}`;
  let client = clients.get(key);
  if (!client) {
    client = new DynamoDBClient({
      region,
      ...(dynamoEndpoint
        ? {
            endpoint: dynamoEndpoint,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
    });
    client.middlewareStack.add(
      (next) => (args) => {
        requestsSent++;
        return next(args);
      },
      { step: "initialize", name: "escaleRequestCounter" },
    );
    clients.set(key, client);
  }
  return client;
}
