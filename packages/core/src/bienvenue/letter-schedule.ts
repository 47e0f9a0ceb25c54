import { addMonths, differenceInCalendarDays, parseISO } from "date-fns";

export const issues = [1, 2, 3, 4] as const;
/** A letter that came due longer ago than this is not worth sending any more. */
const freshForDays = 60;

/** Issue n is due n × 3 months after the enrolment date. */
export function dueOn(enrolledOn: string, issue: number): Date {
  return addMonths(parseISO(enrolledOn), issue * 3);
}

/**
 * The issue an enrolee should get now, if any: the latest one due after the last sent, and
 * only while it is fresh. Someone enrolled or imported late thus gets one letter, not a backlog.
 */
export function letterDue(enrolledOn: string, sent: Iterable<number>, today: Date): number | undefined {
  const last = Math.max(0, ...sent);
  const due = issues.filter((issue) => issue > last && dueOn(enrolledOn, issue) <= today).at(-1);
  if (due === undefined) return undefined;
  return differenceInCalendarDays(today, dueOn(enrolledOn, due)) <= freshForDays ? due : undefined;
}
