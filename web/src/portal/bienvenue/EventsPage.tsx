import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import type { PortalProfile } from "../types";
import { EventSummary } from "./EventSummary";
import { Failure } from "./shared";

const pageSize = 10;

/** The programme's coming events, soonest first, a page at a time. */
export default function EventsPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("bienvenue");
  const title = t("events.title");
  usePageTitle(`${title} · ${profile.name}`);
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const from = params.get("from") ?? undefined;
  // One more than shown: whether there is a later page, without counting.
  const events = useQuery({
    ...trpc.bienvenue.events.queryOptions({ from, limit: pageSize + 1 }),
    placeholderData: keepPreviousData,
  });
  const shown = events.data?.slice(0, pageSize) ?? [];
  const last = shown.at(-1);
  const later =
    last && (events.data?.length ?? 0) > pageSize ? new Date(Date.parse(last.startsAt) + 1).toISOString() : null;

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("events.intro")}</p>
      <p>
        <Link to="/bienvenue/events/month">{t("calendar.open")}</Link>
      </p>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <Failure retry={() => events.refetch()} />
      ) : shown.length === 0 ? (
        <div className="empty">
          <p>{from ? t("events.noneLater") : t("events.none")}</p>
          <p>
            <Link to="/bienvenue/bons-plans">{t("events.meanwhileDeals")}</Link>
          </p>
        </div>
      ) : (
        <ul className="event-list">
          {shown.map((event) => (
            <li key={event.eventId}>
              <EventSummary event={event} defaultLanguage={profile.defaultLanguage} />
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t("events.pages")} className="pager">
        {from && <Link to="/bienvenue/events">{t("events.soonest")}</Link>}
        {later && <Link to={`/bienvenue/events?from=${encodeURIComponent(later)}`}>{t("events.later")}</Link>}
      </nav>
    </>
  );
}
