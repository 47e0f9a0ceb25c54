import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { type FinderField, fold, nameBucket, phoneKey } from "./finders";
import { summary } from "./inbox";

const limit = 25;

/** What a query is: an e-mail, a phone number, a case reference or (the rest) a name. */
export function kindOf(query: string): { field: FinderField; bucket: string; words?: string[] } {
  const trimmed = query.trim();
  if (trimmed.includes("@")) return { field: "email", bucket: trimmed.toLowerCase() };
  if (/^[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i.test(trimmed))
    return { field: "ref", bucket: trimmed.slice(0, 8).toLowerCase() };
  if (/^\+?[\d\s().-]{6,}$/.test(trimmed) && trimmed.replace(/\D/g, "").length >= 6)
    return { field: "phone", bucket: phoneKey(trimmed) };
  const words = fold(trimmed).split(" ").filter(Boolean);
  const first = words[0] ?? "";
  if (first.length < 2)
    throw new VisibleError("input", "query_too_short", "query: type at least two letters of a name.", "query");
  return { field: "name", bucket: nameBucket(first), words };
}

/**
 * Finds the tenant's households by e-mail, phone, case reference or the start of a name
 * (any word of it, without regard to accents or case): one Query on the finder items, then
 * one BatchGet of the cases found.
 */
export const search = fn(
  z.object({ query: z.string().trim().min(1, "query: type something to search for.").max(254) }),
  async ({ query }) => {
    assertCan("cases.read");
    const tenantId = useTenant();
    const { field, bucket, words } = kindOf(query);
    const [first, ...others] = words ?? [];
    const found = await db()
      .entities.caseFinder.query.byTerm({ tenantId, field, bucket })
      .begins({ term: first ?? "-" })
      .where((attr, { contains }) => others.map((word) => contains(attr.words, ` ${word}`)).join(" AND "))
      .go({ count: limit, limit: 200, pages: 2 });
    const caseIds = [...new Set(found.data.map((item) => item.caseId))].slice(0, limit);
    if (!caseIds.length) return { cases: [] };
    const cases = await db()
      .entities.case.get(caseIds.map((caseId) => ({ tenantId, caseId })))
      .go();
    const byId = new Map(cases.data.filter((record) => !record.erasedAt).map((record) => [record.caseId, record]));
    return {
      cases: caseIds.flatMap((id) => {
        const record = byId.get(id);
        return record ? [summary(record)] : [];
      }),
    };
  },
);
