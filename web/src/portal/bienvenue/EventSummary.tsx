import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { inLanguage } from "../language";
import { formatWhen } from "./shared";

type Event = {
  eventId: string;
  title: Record<string, string>;
  place: string | null;
  onlineUrl: string | null;
  startsAt: string;
  seatsLeft: number;
};

/** One event in a list: its title (a link to its page), when, where and whether seats are left. */
export function EventSummary({ event, defaultLanguage }: { event: Event; defaultLanguage: string }) {
  const { t, i18n } = useTranslation("bienvenue");
  const title = inLanguage(event.title, i18n.language, defaultLanguage);
  return (
    <article className="event-summary">
      <h2>
        <Link to={`/bienvenue/events/${event.eventId}`} lang={title?.lang}>
          {title?.text}
        </Link>
      </h2>
      <p className="meta">
        <time dateTime={event.startsAt}>{formatWhen(event.startsAt, i18n.language)}</time>
        {" · "}
        {event.place ?? (event.onlineUrl ? t("event.online") : "")}
      </p>
      <p className="badge">
        {event.seatsLeft > 0 ? t("event.seatsLeft", { count: event.seatsLeft }) : t("event.full")}
      </p>
    </article>
  );
}
