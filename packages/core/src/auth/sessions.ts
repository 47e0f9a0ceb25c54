import { BatchWriteCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { config } from "../config";
import { db, documents, tableShape } from "../db";

/**
 * The token subject of a person: one per identity, whatever the origin they signed in on (the
 * origin travels in the subject's properties), so their refresh tokens can all be found.
 */
export const sessionSubject = (userId: string) => `user:${userId}`;

/** Where OpenAuth's storage (functions/src/auth/storage.ts) keeps a subject's refresh tokens. */
const refreshPartition = (userId: string) =>
  `p#auth#oauth:refresh${String.fromCharCode(0x1f)}${sessionSubject(userId)}`;

/** Deletes every refresh token of the person: no session of theirs outlives its access token. */
export async function revokeSessions(userId: string): Promise<number> {
  const { partitionKey: pk, sortKey: sk } = tableShape;
  let revoked = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents().send(
      new QueryCommand({
        TableName: config().table,
        KeyConditionExpression: "#pk = :pk",
        ExpressionAttributeNames: { "#pk": pk, "#sk": sk },
        ExpressionAttributeValues: { ":pk": refreshPartition(userId) },
        ProjectionExpression: "#pk, #sk",
        ExclusiveStartKey: start,
      }),
    );
    const keys = page.Items ?? [];
    for (let i = 0; i < keys.length; i += 25)
      await documents().send(
        new BatchWriteCommand({
          RequestItems: { [config().table]: keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } })) },
        }),
      );
    revoked += keys.length;
    start = page.LastEvaluatedKey;
  } while (start);
  return revoked;
}

/**
 * After an erasure: the person's sessions end, and their identity goes unless something else
 * still uses it (a membership of a team or a pending invitation). What they did as a newcomer
 * is keyed by their address in each territory, not by the identity, so nothing else hangs on it.
 */
export async function forget(email: string): Promise<{ sessions: number; identityRemoved: boolean }> {
  const identity = (await db().entities.identity.get({ email }).go()).data;
  if (!identity) return { sessions: 0, identityRemoved: false };
  const sessions = await revokeSessions(identity.userId);
  const [memberships, invitations] = await Promise.all([
    db().entities.membershipRef.query.byEmail({ email }).go({ limit: 1 }),
    db().entities.invitationRef.query.byEmail({ email }).go({ limit: 1 }),
  ]);
  if (memberships.data.length || invitations.data.length) return { sessions, identityRemoved: false };
  await db().entities.identity.delete({ email }).go();
  return { sessions, identityRemoved: true };
}
