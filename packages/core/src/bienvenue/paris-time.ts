import { TZDate } from "@date-fns/tz";
import * as z from "zod";

const zone = "Europe/Paris";

/** A wall-clock time in Paris, as editors type it (`YYYY-MM-DDTHH:mm`). */
export const parisTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Use a date and time like 2027-03-01T18:30 (Paris time).");

/** The UTC instant of a Paris wall-clock time; daylight saving is the library's business. */
export function fromParis(local: string): string {
  const [date = "", time = ""] = local.split("T");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, zone).getTime()).toISOString();
}

/** The Paris wall-clock time of a UTC instant, as the editor typed it. */
export function toParis(iso: string): string {
  const local = new TZDate(new Date(iso).getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}
