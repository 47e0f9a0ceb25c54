import { statuses } from "@escale/core/conciergerie/pipeline";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import type { Need, Status } from "../../conciergerie";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { useFilters } from "../useFilters";
import { BulkActions } from "./BulkActions";
import { type CaseSummary, CaseTable, type Selection } from "./CaseTable";
import { ConciergeriePage } from "./ConciergeriePage";
import { CsvDownloads } from "./CsvDownloads";
import { useAgents, useChannels } from "./directory";
import { SearchBox, SearchResults } from "./InboxSearch";
import { useLabels } from "./labels";
import { Pager, useAddressPages } from "./Pager";
import { caseRights } from "./rights";

const filterNames = ["assignee", "need", "channel", "overdue"];
const sorts = ["oldest", "newest", "deadline"] as const;
type Sort = (typeof sorts)[number];

/**
 * The cases ticked for an action on several, forgotten when the list shown changes (another
 * page, filter or search), so nothing out of sight is ever changed.
 */
function useSelection(listKey: string) {
  const [state, setState] = useState<{ key: string; ids: Set<string> }>({ key: listKey, ids: new Set() });
  const ids = state.key === listKey ? state.ids : new Set<string>();
  const selection: Selection = {
    ids,
    toggle: (caseIds, on) => {
      const next = new Set(ids);
      for (const id of caseIds) on ? next.add(id) : next.delete(id);
      setState({ key: listKey, ids: next });
    },
  };
  return { selection, keep: (kept: string[]) => setState({ key: listKey, ids: new Set(kept) }) };
}

/**
 * The agents' inbox: one status at a time, filtered, sorted, a page at a time, or the households
 * a search finds. All of it is in the address, so Back from a case returns to the same place.
 */
export function InboxPage() {
  const { t } = useTranslation("conciergerie");
  const { label, choices } = useLabels();
  const format = useFormat();
  const trpc = useTRPC();
  const { role } = useMembership();
  const rights = caseRights(role);
  const { params, setFilter } = useFilters();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const status = (statuses as readonly string[]).includes(params.get("status") ?? "")
    ? (params.get("status") as Status)
    : "registered";
  const query = params.get("q") ?? "";
  const assignee = params.get("assignee") ?? "";
  const need = (params.get("need") ?? "") as Need | "";
  const channel = params.get("channel") ?? "";
  const sort: Sort = (sorts as readonly string[]).includes(params.get("sort") ?? "")
    ? (params.get("sort") as Sort)
    : "oldest";
  // Overdue means "not contacted in time": it only applies to cases waiting for a first contact.
  const overdue = status === "registered" && params.get("overdue") === "1";
  const pages = useAddressPages();
  const { channels } = useChannels();
  const agents = useAgents();
  const top = useRef<HTMLHeadingElement>(null);
  const counts = useQuery(trpc.conciergerie.inboxCounts.queryOptions({}));
  const inbox = useQuery({
    ...trpc.conciergerie.inbox.queryOptions({
      status,
      assignee: assignee || undefined,
      need: need || undefined,
      channelCode: channel || undefined,
      overdue: overdue || undefined,
      sort,
      cursor: pages.cursor,
    }),
    placeholderData: keepPreviousData,
    enabled: !query,
  });
  const filtered = filterNames.some((name) => params.get(name));
  const { selection, keep } = useSelection(params.toString());

  function withStatus(next: Status) {
    const search = new URLSearchParams(params);
    search.set("status", next);
    for (const name of ["q", "cursor", "page"]) search.delete(name);
    return `?${search}`;
  }

  const bulk = (shown: CaseSummary[]) =>
    rights.work && (
      <BulkActions
        selected={[...selection.ids]}
        nameOf={(caseId) => shown.find((item) => item.caseId === caseId)?.name ?? caseId.slice(0, 8)}
        onDone={keep}
      />
    );

  return (
    <ConciergeriePage title={t("inbox.title")} intro={t("inbox.intro")}>
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      <SearchBox query={query} onSearch={(text) => setFilter("q", text)} />
      {query ? (
        <SearchResults query={query} selection={rights.work ? selection : undefined} bulk={bulk} />
      ) : (
        <>
          <nav aria-label={t("inbox.statusTabs")} className="tabs">
            <ul>
              {statuses.map((option) => (
                <li key={option}>
                  <Link to={withStatus(option)} aria-current={option === status ? "page" : undefined}>
                    {label("statuses", option)}
                    {counts.data && (
                      <span className="count">
                        {" "}
                        {t("inbox.tabCount", {
                          count: counts.data[option],
                          formatted: format.number(counts.data[option]),
                        })}
                      </span>
                    )}
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
            <SelectField
              id="sort"
              label={t("inbox.sort")}
              choices={sorts.map((value) => ({ value, label: t(`inbox.sorts.${value}`) }))}
              value={sort}
              onChange={(value) => setFilter("sort", value === "oldest" ? "" : value)}
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
                <>
                  <CaseTable
                    cases={inbox.data.cases}
                    labelledBy="results-heading"
                    busy={inbox.isPlaceholderData}
                    selection={rights.work ? selection : undefined}
                  />
                  {bulk(inbox.data.cases)}
                </>
              )}
              {/* While the next filters' list loads, the cursor shown belongs to the list before. */}
              <Pager
                pages={pages}
                nextCursor={inbox.isPlaceholderData ? null : inbox.data.cursor}
                top={top}
                label={t("inbox.pages")}
              />
            </>
          )}
        </>
      )}
      {rights.admin && <CsvDownloads files={["cases"]} />}
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
