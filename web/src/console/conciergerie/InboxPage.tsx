import { statuses } from "@escale/core/conciergerie/pipeline";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import type { Need, Status } from "../../conciergerie";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { useFilters } from "../useFilters";
import { ConciergeriePage } from "./ConciergeriePage";
import { useAgents, useChannels } from "./directory";
import { useLabels } from "./labels";
import { Pager, useCursorPages } from "./Pager";

const filterNames = ["assignee", "need", "channel", "overdue"];

/** The agents' inbox: one status at a time, oldest first, filtered, a page at a time. */
export function InboxPage() {
  const { t } = useTranslation("conciergerie");
  const { label, choices } = useLabels();
  const format = useFormat();
  const trpc = useTRPC();
  const { params, setFilter } = useFilters();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const status = (statuses as readonly string[]).includes(params.get("status") ?? "")
    ? (params.get("status") as Status)
    : "registered";
  const assignee = params.get("assignee") ?? "";
  const need = (params.get("need") ?? "") as Need | "";
  const channel = params.get("channel") ?? "";
  // Overdue means "not contacted in time": it only applies to cases waiting for a first contact.
  const overdue = status === "registered" && params.get("overdue") === "1";
  const pages = useCursorPages(params.toString());
  const { channels, name: channelName } = useChannels();
  const agents = useAgents();
  const top = useRef<HTMLHeadingElement>(null);
  const inbox = useQuery({
    ...trpc.conciergerie.inbox.queryOptions({
      status,
      assignee: assignee || undefined,
      need: need || undefined,
      channelCode: channel || undefined,
      overdue: overdue || undefined,
      cursor: pages.cursor,
    }),
    placeholderData: keepPreviousData,
  });
  const filtered = filterNames.some((name) => params.get(name));

  function withStatus(next: Status) {
    const search = new URLSearchParams(params);
    search.set("status", next);
    return `?${search}`;
  }

  return (
    <ConciergeriePage title={t("inbox.title")} intro={t("inbox.intro")}>
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      <nav aria-label={t("inbox.statusTabs")} className="tabs">
        <ul>
          {statuses.map((option) => (
            <li key={option}>
              <Link to={withStatus(option)} aria-current={option === status ? "page" : undefined}>
                {label("statuses", option)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <search className="filters" aria-label={t("inbox.filters")}>
        <SelectField
          id="filter-assignee"
          label={t("inbox.assignee")}
          choices={[
            { value: "", label: t("inbox.anyone") },
            { value: "me", label: t("inbox.me") },
            { value: "none", label: t("inbox.unassigned") },
            ...agents.map((email) => ({ value: email, label: email })),
          ]}
          value={assignee}
          onChange={(value) => setFilter("assignee", value)}
        />
        <SelectField
          id="filter-need"
          label={t("inbox.need")}
          choices={[{ value: "" as const, label: t("inbox.anyNeed") }, ...choices("needs")]}
          value={need}
          onChange={(value) => setFilter("need", value)}
        />
        <SelectField
          id="filter-channel"
          label={t("inbox.channel")}
          choices={[
            { value: "", label: t("inbox.anyChannel") },
            ...channels.map((item) => ({ value: item.code, label: item.name })),
          ]}
          value={channel}
          onChange={(value) => setFilter("channel", value)}
        />
        {status === "registered" && (
          <CheckField
            id="filter-overdue"
            label={t("inbox.overdueOnly")}
            checked={overdue}
            onChange={(on) => setFilter("overdue", on ? "1" : "")}
          />
        )}
      </search>

      {inbox.isPending ? (
        <Loading />
      ) : inbox.error ? (
        <QueryFailure error={inbox.error} retry={() => inbox.refetch()} />
      ) : (
        <>
          <h2 id="results-heading" ref={top} tabIndex={-1}>
            {t(filtered ? "inbox.resultsFiltered" : "inbox.results", { status: label("statuses", status) })}
          </h2>
          {inbox.data.cases.length === 0 ? (
            <EmptyInbox status={status} filtered={filtered} more={Boolean(inbox.data.cursor)} />
          ) : (
            <table className="cases" aria-labelledby="results-heading" aria-busy={inbox.isPlaceholderData}>
              <thead>
                <tr>
                  <th scope="col">{t("inbox.household")}</th>
                  <th scope="col">{t("inbox.people")}</th>
                  <th scope="col">{t("inbox.needs")}</th>
                  <th scope="col">{t("inbox.channel")}</th>
                  <th scope="col">{t("inbox.registered")}</th>
                  <th scope="col">{t("inbox.firstContact")}</th>
                  <th scope="col">{t("inbox.assignee")}</th>
                </tr>
              </thead>
              <tbody>
                {inbox.data.cases.map((item) => (
                  <tr key={item.caseId}>
                    <th scope="row">
                      {/* An erased case keeps its place in the pipeline, with nobody left in it. */}
                      {item.people === 0 ? (
                        t("inbox.erased")
                      ) : (
                        <Link to={`/console/cases/${item.caseId}`}>{item.name}</Link>
                      )}
                    </th>
                    <td>{format.number(item.people)}</td>
                    <td>{item.needs.map((code) => label("needs", code)).join(", ")}</td>
                    <td>{channelName(item.channelCode)}</td>
                    <td>{format.day(item.registeredAt)}</td>
                    <td>
                      {item.overdue ? (
                        <>
                          <span className="badge overdue">{t("inbox.overdue")}</span>
                          <br />
                          {t("inbox.wasDue", { date: format.day(item.firstContactDueAt) })}
                        </>
                      ) : item.status === "registered" ? (
                        t("inbox.due", { date: format.day(item.firstContactDueAt) })
                      ) : (
                        t("done")
                      )}
                    </td>
                    <td>{item.assignee ?? t("nobody")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} nextCursor={inbox.data.cursor} top={top} label={t("inbox.pages")} />
        </>
      )}
    </ConciergeriePage>
  );
}

/** Says why the list is empty and what to do about it. */
function EmptyInbox({ status, filtered, more }: { status: Status; filtered: boolean; more: boolean }) {
  const { t } = useTranslation("conciergerie");
  const { label } = useLabels();
  const named = { status: label("statuses", status) };
  // Filters other than status and assignee apply to each page the API reads: a page can be empty with more to come.
  if (more) return <p>{t("inbox.emptyPage")}</p>;
  if (filtered)
    return (
      <p>
        {t("inbox.emptyFiltered", named)} <Link to={`?status=${status}`}>{t("inbox.showAll", named)}</Link>
      </p>
    );
  if (status === "registered")
    return (
      <p>
        {t("inbox.emptyRegistered")} <Link to="/console/channels">{t("inbox.createChannel")}</Link>
      </p>
    );
  return <p>{t("inbox.emptyStatus", named)}</p>;
}
