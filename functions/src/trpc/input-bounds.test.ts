import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { appRouter } from "./router";

/**
 * Every string and array any procedure accepts has a maximum length, found by walking each
 * procedure's input schemas (zod's own definitions): a field without one lets a client send
 * megabytes into a record, a log line or a search. New procedures are covered when they land.
 */

type Check = { check?: string; pattern?: RegExp };
type Def = Check & {
  type: string;
  checks?: { _zod: { def: Check } }[];
  [key: string]: unknown;
};
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** A whole-value pattern without repetition (a UUID, a date, `cs_local_` + 32 hex) bounds length. */
const finite = (pattern: RegExp | undefined) =>
  !!pattern && /^\^.*\$$/.test(pattern.source) && !/(^|[^\\])[*+]|\{\d+,\}/.test(pattern.source);

const bounded = (def: Def) =>
  finite(def.pattern) ||
  (def.checks ?? []).some(
    ({ _zod: { def: check } }) =>
      check.check === "max_length" || check.check === "length_equals" || finite(check.pattern),
  );

/** The paths of the fields without a maximum. */
function unbounded(schema: z.ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (inner: unknown, at = path) => unbounded(inner as z.ZodType, at, seen);
  switch (def.type) {
    case "string":
      return bounded(def) ? [] : [`${path} (string)`];
    case "array":
      return [...(bounded(def) ? [] : [`${path} (array)`]), ...walk(def.element, `${path}[]`)];
    case "set":
    case "map":
      return [`${path} (${def.type})`];
    case "record":
      // A record's keys are a closed enum or it is one more way in: both are checked.
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case "object":
      return [
        ...Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) =>
          walk(value, path ? `${path}.${key}` : key),
        ),
        ...(def.catchall && defOf(def.catchall).type !== "never" ? walk(def.catchall, `${path}.*`) : []),
      ];
    case "tuple":
      return [
        ...(def.items as unknown[]).flatMap((item, index) => walk(item, `${path}[${index}]`)),
        ...(def.rest ? walk(def.rest, `${path}[...]`) : []),
      ];
    case "union":
      return (def.options as unknown[]).flatMap((option) => walk(option));
    case "intersection":
      return [...walk(def.left), ...walk(def.right)];
    case "pipe":
      return walk(def.in);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
    case "success":
      return walk(def.innerType);
    case "lazy":
      return walk((def.getter as () => unknown)());
    default:
      // Numbers, booleans, enums, literals, dates, transforms: nothing of unbounded length.
      return [];
  }
}

describe("procedure inputs", () => {
  const procedures = Object.entries(appRouter._def.procedures) as unknown as [
    string,
    { _def: { inputs: z.ZodType[] } },
  ][];

  it("are found by walking the router", () => {
    expect(procedures.length).toBeGreaterThan(50);
  });

  it.each(procedures.map(([path, procedure]) => [path, procedure._def.inputs] as const))(
    "%s bounds every string and array",
    (path, inputs) => {
      expect(
        inputs.flatMap((input) => unbounded(input, "")),
        path,
      ).toEqual([]);
    },
  );
});
