import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../../api";
import { Loading } from "../../../ui/Loading";
import { usePageTitle } from "../../../ui/usePageTitle";
import { useFormat } from "../../format";
import { QueryFailure } from "../../QueryFailure";
import { eventTitle } from "./eventTitle";

/** Which event's door the staff member is at: today's and the coming ones, soonest first. */
export default function CheckInEvents() {
  const { t, i18n } = useTranslation("checkin");
  usePageTitle(t("events.title"));
  const format = useFormat();
  const trpc = useTRPC();
  // Events that started up to half a day ago are still being attended.
  const [from] = useState(() => new Date(Date.now() - 12 * 3_600_000).toISOString());
  const events = useQuery(trpc.bienvenueConsole.events.queryOptions({ from, limit: 30 }));

  return (
    <>
      <h1>{t("events.title")}</h1>
      <p className="lead">{t("events.intro")}</p>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <QueryFailure error={events.error} retry={() => events.refetch()} />
      ) : events.data.length === 0 ? (
        <p>{t("events.none")}</p>
      ) : (
        <ul className="requests">
          {events.data.map((event) => (
            <li key={event.eventId}>
              <Link to={event.eventId}>{eventTitle(event.title, i18n.language)}</Link>
              <p className="hint">{format.moment(event.startsAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
