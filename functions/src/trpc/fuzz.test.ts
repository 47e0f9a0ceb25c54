import type { Actor } from "@escale/core/actor";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { callerAs, procedurePaths } from "../../../tests/support/callers";

/**
 * Every procedure of the router, found by walking it (so new ones are covered when they land),
 * called with arbitrary input by every kind of actor: a refusal is fine, a 500 never is.
 */

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 250, maxLength: 3000 }),
  fc.constantFrom("\u0000", "\u202e", "a\r\nb", "../../x", "'; DROP", "t#other", "<script>", "😀".repeat(300)),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("any"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("any"), { maxKeys: 5 }),
  ),
})).any;
/** Objects with the keys procedures tend to read, holding anything. */
const input = fc.oneof(
  value,
  fc.record(
    Object.fromEntries(
      [
        "email",
        "slug",
        "caseId",
        "cursor",
        "assignee",
        "name",
        "key",
        "question",
        "sessionId",
        "language",
        "status",
      ].map((key) => [key, value]),
    ),
    { requiredKeys: [] },
  ),
);

let actors: Actor[];

beforeAll(async () => {
  const { tenant, ownerEmail } = await newTenant();
  const tenantId = tenant.tenantId;
  actors = [
    { type: "staff", userId: "fuzz-owner", email: ownerEmail, tenantId, role: "owner" },
    { type: "visitor", tenantId, client: "203.0.113.9" },
    { type: "newcomer", userId: "fuzz-newcomer", email: "fuzz@example.org", tenantId, client: "203.0.113.9" },
    { type: "user", userId: "fuzz-owner", email: ownerEmail },
    { type: "public" },
  ];
});

function call(actor: Actor, path: string, arg: unknown): Promise<unknown> {
  let target: unknown = callerAs(actor);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(arg);
}

describe("every procedure, fuzzed", () => {
  it.each(procedurePaths)("%s never answers 500", async (path) => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actors), input, async (actor, arg) => {
        const error = await call(actor, path, arg).then(
          () => undefined,
          (caught: { code?: string; message?: string }) => caught,
        );
        expect(error?.code, `${actor.type} ${JSON.stringify(arg)?.slice(0, 300)}: ${error?.message}`).not.toBe(
          "INTERNAL_SERVER_ERROR",
        );
      }),
      {
        numRuns: 12,
        // What once answered 500 (a forged inbox cursor, over-long assignee and address), tried first.
        examples: [
          [actors[0] as Actor, { cursor: "not-a-cursor" }],
          [actors[0] as Actor, { cursor: Buffer.from('{"pk":"t#other"}').toString("base64url") }],
          [actors[0] as Actor, { assignee: "a".repeat(1200), email: `${"b".repeat(1200)}@example.org` }],
        ],
      },
    );
  });
});
