import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api";
import { Loading } from "../ui/Loading";
import { Pager, useCursorPages } from "./conciergerie/Pager";
import { useFormat } from "./format";
import { QueryFailure } from "./QueryFailure";

/** Who changed the team, when and how, newest first: the audit the owners answer for. */
export function TeamHistory() {
  const { t } = useTranslation("team");
  const format = useFormat();
  const trpc = useTRPC();
  const top = useRef<HTMLHeadingElement>(null);
  const pages = useCursorPages("team-history");
  const history = useQuery({
    ...trpc.team.history.queryOptions({ cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });
  const roleName = (role: string | null | undefined) => (role ? t(`common:roles.${role}`) : "");

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" ref={top} tabIndex={-1}>
        {t("history.heading")}
      </h2>
      {history.isPending ? (
        <Loading />
      ) : history.error ? (
        <QueryFailure error={history.error} retry={() => history.refetch()} />
      ) : history.data.events.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <>
          <ul className="history" aria-busy={history.isPlaceholderData}>
            {history.data.events.map((event) => (
              <li key={event.eventId}>
                <time dateTime={event.at}>{format.moment(event.at)}</time>{" "}
                {t(`history.${event.change}`, {
                  by: event.by,
                  member: event.member,
                  from: roleName(event.from),
                  to: roleName(event.to),
                })}
              </li>
            ))}
          </ul>
          <Pager pages={pages} nextCursor={history.data.cursor} top={top} label={t("history.pages")} />
        </>
      )}
    </section>
  );
}
