import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage, inLanguage, useTenantLanguages } from "./BienvenuePage";

/** The programme's coming events, soonest first, with their seats. */
export function EventsPage() {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const format = useFormat();
  const { defaultLanguage } = useTenantLanguages();
  const events = useQuery(trpc.bienvenueConsole.events.queryOptions({}));
  return (
    <BienvenuePage title={t("events.title")} intro={t("events.intro")}>
      <p>
        <Link className="button" to="/console/bienvenue/events/new">
          {t("events.new")}
        </Link>
      </p>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <QueryFailure error={events.error} retry={() => events.refetch()} />
      ) : events.data.length === 0 ? (
        <p>{t("events.none")}</p>
      ) : (
        <table>
          <caption>{t("events.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("events.event")}</th>
              <th scope="col">{t("events.starts")}</th>
              <th scope="col">{t("events.seats")}</th>
              <th scope="col">{t("events.waiting")}</th>
            </tr>
          </thead>
          <tbody>
            {events.data.map((event) => (
              <tr key={event.eventId}>
                <th scope="row">
                  <Link to={`/console/bienvenue/events/${event.eventId}`}>
                    {inLanguage(event.title, i18n.language, defaultLanguage)}
                  </Link>
                </th>
                <td>{format.moment(event.startsAt)}</td>
                <td>{t("events.seatsLeft", { left: event.seatsLeft, capacity: event.capacity })}</td>
                <td>{format.number(event.waiting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BienvenuePage>
  );
}
