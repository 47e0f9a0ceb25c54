import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { inLanguage } from "../language";
import type { PortalProfile } from "../types";
import { Failure } from "./shared";

/** A day as the territory counts it (Paris), whatever the reader's clock: "2027-06-12". */
const parisDay = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));

function shift(month: string, by: number): string {
  const [year = 2000, index = 1] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, index - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first, with blanks before the 1st and after the last day. */
function weeks(month: string): (string | null)[][] {
  const [year = 2000, index = 1] = month.split("-").map(Number);
  const first = new Date(Date.UTC(year, index - 1, 1));
  const days = new Date(Date.UTC(year, index, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, day) => `${month}-${String(day + 1).padStart(2, "0")}`),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** A month of the programme's events as a calendar grid (a table, so screen readers name each day). */
export default function MonthPage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation("bienvenue");
  const asked = useParams().month;
  const month = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : parisDay(new Date().toISOString()).slice(0, 7);
  const [year = 2000, index = 1] = month.split("-").map(Number);
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, index - 1, 15)),
  );
  usePageTitle(`${t("calendar.title", { month: monthName })} · ${profile.name}`);
  const trpc = useTRPC();
  // From the day before, in UTC: an event at 00:30 in Paris on the 1st is still in this month.
  const from = new Date(Date.UTC(year, index - 1, 0)).toISOString();
  const events = useQuery(trpc.bienvenue.events.queryOptions({ from, limit: 100 }));
  const byDay = new Map<string, NonNullable<typeof events.data>>();
  for (const event of events.data ?? []) {
    const day = parisDay(event.startsAt);
    if (day.startsWith(month)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weekdays = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2024, 0, 1 + day)));
  const dayName = (day: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(iso));

  return (
    <>
      <h1>{t("calendar.title", { month: monthName })}</h1>
      <nav aria-label={t("calendar.months")} className="pager">
        <Link to={`/bienvenue/events/month/${shift(month, -1)}`}>{t("calendar.previous")}</Link>
        <Link to={`/bienvenue/events/month/${shift(month, 1)}`}>{t("calendar.next")}</Link>
        <Link to="/bienvenue/events">{t("calendar.list")}</Link>
      </nav>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <Failure retry={() => events.refetch()} />
      ) : (
        <>
          {byDay.size === 0 && <p>{t("calendar.none")}</p>}
          <div className="month-scroll">
            <table className="month">
              <caption className="visually-hidden">{monthName}</caption>
              <thead>
                <tr>
                  {weekdays.map((day) => (
                    <th key={day.toISOString()} scope="col">
                      <abbr
                        title={new Intl.DateTimeFormat(i18n.language, { weekday: "long", timeZone: "UTC" }).format(day)}
                      >
                        {new Intl.DateTimeFormat(i18n.language, { weekday: "short", timeZone: "UTC" }).format(day)}
                      </abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks(month).map((week) => (
                  <tr key={week.find(Boolean) ?? ""}>
                    {week.map((day, column) =>
                      day ? (
                        <td key={day} className={byDay.has(day) ? "has-events" : undefined}>
                          <span className="day-number" aria-hidden="true">
                            {Number(day.slice(8))}
                          </span>
                          <span className="visually-hidden">{dayName(day)}</span>
                          {byDay.get(day)?.map((event) => {
                            const title = inLanguage(event.title, i18n.language, profile.defaultLanguage);
                            return (
                              <Link key={event.eventId} to={`/bienvenue/events/${event.eventId}`} lang={title?.lang}>
                                {time(event.startsAt)} {title?.text}
                              </Link>
                            );
                          })}
                        </td>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have nothing but their place.
                        <td key={`blank-${column}`} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
