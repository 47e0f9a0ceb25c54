import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db } from "../db";
import { dashboard } from "./funnel";
import { statuses } from "./pipeline";

/**
 * Spreadsheets open as UTF-8 thanks to the byte-order mark; French Excel expects semicolons
 * between fields (the comma is its decimal separator).
 */
export const csvOptions = z.object({ separator: z.enum([",", ";"]).default(",") }).optional();
type CsvOptions = z.input<typeof csvOptions>;
const bom = "\uFEFF";

/** The funnel by cohort month, channel and origin, as a spreadsheet. */
export async function funnelCsv(options?: CsvOptions): Promise<string> {
  assertCan("cases.export");
  const funnel = await dashboard({});
  const columns = [
    "registered",
    "contacted",
    "accompanied",
    "installed",
    "closed",
    "householdsInstalled",
    "adultsInstalled",
    "childrenInstalled",
    "childrenSchooled",
    "medianDaysToInstall",
  ] as const;
  const rows = [
    ...funnel.byMonth.map((row) => ["month", row.name, ...columns.map((c) => row[c] ?? "")]),
    ...funnel.byChannel.map((row) => ["channel", row.name, ...columns.map((c) => row[c] ?? "")]),
    ...funnel.byOrigin.map((row) => ["origin", row.name, ...columns.map((c) => row[c] ?? "")]),
    ["total", "all", ...columns.map((c) => funnel.total[c] ?? "")],
  ];
  const { stringify } = await import("csv-stringify/sync");
  return (
    bom +
    stringify(rows, { header: true, delimiter: options?.separator ?? ",", columns: ["dimension", "value", ...columns] })
  );
}

/** Every case of the tenant, one line each, status by status (Queries on the inbox index). */
export async function casesCsv(options?: CsvOptions): Promise<string> {
  assertCan("cases.export");
  const tenantId = useTenant();
  const rows: (string | number)[][] = [];
  for (const status of statuses) {
    const cases = await db().entities.case.query.byStatus({ tenantId, status }).go({ pages: "all" });
    for (const record of cases.data) {
      const contact = (record.contact ?? {}) as { name?: string; email?: string; phone?: string; language?: string };
      const household = (record.household ?? { adults: "", children: [] }) as {
        adults: number | string;
        children: unknown[];
      };
      rows.push([
        record.caseId,
        record.status,
        record.registeredAt,
        contact.name ?? "",
        contact.email ?? "",
        contact.phone ?? "",
        contact.language ?? "",
        household.adults,
        household.children.length,
        record.originKey,
        record.channelCode ?? "",
        Object.keys(record.needs ?? {}).join(" "),
        record.assignee === "-" ? "" : record.assignee,
        record.contactedAt ?? "",
        record.installedAt ?? "",
        record.installedCommune ?? "",
        record.childrenSchooled ?? "",
        record.closedReason ?? "",
        record.erasedAt ? "erased" : "",
      ]);
    }
  }
  const { stringify } = await import("csv-stringify/sync");
  return (
    bom +
    stringify(rows, {
      header: true,
      delimiter: options?.separator ?? ",",
      // A name typed as "=HYPERLINK(…)" must stay text when the file is opened in a spreadsheet.
      cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
      columns: [
        "case",
        "status",
        "registered",
        "name",
        "email",
        "phone",
        "language",
        "adults",
        "children",
        "origin",
        "channel",
        "needs",
        "assignee",
        "contacted",
        "installed",
        "commune",
        "children schooled",
        "closed reason",
        "erased",
      ],
    })
  );
}
