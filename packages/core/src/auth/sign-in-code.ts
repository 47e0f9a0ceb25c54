import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { db, isConditionFailure } from "../db";

import { consumeAll, type Limit } from "../limits";
import { canonicalEmail } from "./email";

/** How sign-in codes are rationed: guesses per code, codes per address and per client. */
export const codeLimits: {
  attempts: number;
  validSeconds: number;
  perAddress: Limit;
  perClient: Limit;
} = {
  attempts: 5,
  validSeconds: 10 * 60,
  perAddress: { max: 3, seconds: 10 * 60 },
  perClient: { max: 30, seconds: 10 * 60 },
};

export type CodeRequest =
  | { ok: true; challengeId: string; email: string; code: string }
  | { ok: false; reason: "invalid_email" }
  | { ok: false; reason: "too_many_requests"; retryAfterSeconds: number };

/**
 * A new 6-digit code for `rawEmail`, unless the address or the client asked for too many
 * lately. The caller sends `code` to `email` (the canonical address) and keeps only
 * `challengeId`.
 */
export async function requestCode(rawEmail: string, client: string): Promise<CodeRequest> {
  const email = canonicalEmail(rawEmail);
  if (!email) return { ok: false, reason: "invalid_email" };
  const wait = await consumeAll([
    [`signin-address:${email}`, codeLimits.perAddress],
    [`signin-client:${client}`, codeLimits.perClient],
  ]);
  if (wait) return { ok: false, reason: "too_many_requests", retryAfterSeconds: wait };
  const challengeId = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db()
    .entities.signInChallenge.create({
      challengeId,
      email,
      codeHash: hash(challengeId, code),
      expiresAt: Math.floor(Date.now() / 1000) + codeLimits.validSeconds,
    })
    .go();
  return { ok: true, challengeId, email, code };
}

export type CodeCheck =
  | { ok: true; email: string }
  | { ok: false; reason: "wrong_code"; attemptsLeft: number }
  | { ok: false; reason: "void" };

/**
 * Checks a typed code. Every try is counted first, conditionally, so the sixth guess is refused
 * however many run at once; the right code deletes the challenge, so it signs in once.
 */
export async function checkCode(challengeId: string, typed: string): Promise<CodeCheck> {
  let attempts: number;
  let expected: string;
  let email: string;
  try {
    const now = Math.floor(Date.now() / 1000);
    const { data } = await db()
      .entities.signInChallenge.patch({ challengeId })
      .add({ attempts: 1 })
      .where((item, op) => `${op.lt(item.attempts, codeLimits.attempts)} AND ${op.gt(item.expiresAt, now)}`)
      .go({ response: "all_new" });
    ({ attempts, codeHash: expected, email } = data);
  } catch (error) {
    if (isConditionFailure(error)) return { ok: false, reason: "void" };
    throw error;
  }
  const given = Buffer.from(hash(challengeId, typed));
  if (!timingSafeEqual(given, Buffer.from(expected))) {
    const attemptsLeft = codeLimits.attempts - attempts;
    if (attemptsLeft <= 0) await db().entities.signInChallenge.delete({ challengeId }).go();
    return attemptsLeft > 0 ? { ok: false, reason: "wrong_code", attemptsLeft } : { ok: false, reason: "void" };
  }
  try {
    await db()
      .entities.signInChallenge.delete({ challengeId })
      .where((item, op) => op.exists(item.codeHash))
      .go();
  } catch (error) {
    if (isConditionFailure(error)) return { ok: false, reason: "void" };
    throw error;
  }
  return { ok: true, email };
}

function hash(challengeId: string, code: string): string {
  return createHash("sha256").update(`${challengeId}:${code.trim()}`).digest("hex");
}
