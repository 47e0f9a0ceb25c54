import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { ConciergeriePage } from "./ConciergeriePage";
import { Pager, useCursorPages } from "./Pager";

/** Who opened which case when, newest first: personal data is read on the record. */
export function ReadsPage() {
  const { t } = useTranslation("conciergerie");
  const format = useFormat();
  const trpc = useTRPC();
  const pages = useCursorPages("reads");
  const top = useRef<HTMLHeadingElement>(null);
  const reads = useQuery({
    ...trpc.conciergerie.reads.queryOptions({ cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });

  return (
    <ConciergeriePage adminOnly title={t("reads.title")} intro={t("reads.intro")}>
      {reads.isPending ? (
        <Loading />
      ) : reads.error ? (
        <QueryFailure error={reads.error} retry={() => reads.refetch()} />
      ) : reads.data.reads.length === 0 && pages.number === 1 ? (
        <p>{t("reads.none")}</p>
      ) : (
        <>
          <h2 ref={top} tabIndex={-1} id="reads-heading">
            {t("reads.heading")}
          </h2>
          <table aria-labelledby="reads-heading">
            <thead>
              <tr>
                <th scope="col">{t("reads.when")}</th>
                <th scope="col">{t("reads.who")}</th>
                <th scope="col">{t("reads.role")}</th>
                <th scope="col">{t("reads.case")}</th>
              </tr>
            </thead>
            <tbody>
              {reads.data.reads.map((read) => (
                <tr key={`${read.at}-${read.by}-${read.caseId}`}>
                  <td>{format.moment(read.at)}</td>
                  <td>{read.by}</td>
                  <td>{t(`common:roles.${read.role}`, { defaultValue: read.role })}</td>
                  <td>
                    <Link to={`/console/cases/${read.caseId}`}>
                      {t("reads.caseShort", { id: read.caseId.slice(0, 8) })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pages={pages} nextCursor={reads.data.cursor} top={top} label={t("reads.pages")} />
        </>
      )}
    </ConciergeriePage>
  );
}
