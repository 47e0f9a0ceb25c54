import { needs } from "@escale/core/conciergerie/needs";
import { statuses } from "@escale/core/conciergerie/pipeline";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import type { Need, Status } from "../../conciergerie";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { QueryFailure } from "../QueryFailure";
import { useFilters } from "../useFilters";
import { ConciergeriePage } from "./ConciergeriePage";
import { useAgents, useChannels } from "./directory";
import { formatDay } from "./format";
import { label, needLabels, statusLabels } from "./labels";
import { Pager, useCursorPages } from "./Pager";

const filterNames = ["assignee", "need", "channel", "overdue"];

/** The agents' inbox: one status at a time, oldest first, filtered, a page at a time. */
export function InboxPage() {
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
    <ConciergeriePage
      title="Cases"
      intro="Households that asked for help, oldest first: the first in the list has waited longest."
    >
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      <nav aria-label="Case status" className="tabs">
        <ul>
          {statuses.map((option) => (
            <li key={option}>
              <Link to={withStatus(option)} aria-current={option === status ? "page" : undefined}>
                {statusLabels[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <search className="filters" aria-label="Filters">
        <SelectField
          id="filter-assignee"
          label="Assignee"
          choices={[
            { value: "", label: "Anyone" },
            { value: "me", label: "Me" },
            { value: "none", label: "Nobody (unassigned)" },
            ...agents.map((email) => ({ value: email, label: email })),
          ]}
          value={assignee}
          onChange={(value) => setFilter("assignee", value)}
        />
        <SelectField
          id="filter-need"
          label="Need"
          choices={[{ value: "", label: "Any need" }, ...needs.map((value) => ({ value, label: needLabels[value] }))]}
          value={need}
          onChange={(value) => setFilter("need", value)}
        />
        <SelectField
          id="filter-channel"
          label="Channel"
          choices={[
            { value: "", label: "Any channel" },
            ...channels.map((item) => ({ value: item.code, label: item.name })),
          ]}
          value={channel}
          onChange={(value) => setFilter("channel", value)}
        />
        {status === "registered" && (
          <CheckField
            id="filter-overdue"
            label="Past the first-contact deadline only"
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
            {statusLabels[status]} cases{filtered ? " matching the filters" : ""}
          </h2>
          {inbox.data.cases.length === 0 ? (
            <EmptyInbox status={status} filtered={filtered} more={Boolean(inbox.data.cursor)} />
          ) : (
            <table className="cases" aria-labelledby="results-heading" aria-busy={inbox.isPlaceholderData}>
              <thead>
                <tr>
                  <th scope="col">Household</th>
                  <th scope="col">People</th>
                  <th scope="col">Needs</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Registered</th>
                  <th scope="col">First contact</th>
                  <th scope="col">Assignee</th>
                </tr>
              </thead>
              <tbody>
                {inbox.data.cases.map((item) => (
                  <tr key={item.caseId}>
                    <th scope="row">
                      {/* An erased case keeps its place in the pipeline, with nobody left in it. */}
                      {item.people === 0 ? (
                        "Personal data erased"
                      ) : (
                        <Link to={`/console/cases/${item.caseId}`}>{item.name}</Link>
                      )}
                    </th>
                    <td>{item.people}</td>
                    <td>{item.needs.map((code) => label(needLabels, code)).join(", ")}</td>
                    <td>{channelName(item.channelCode)}</td>
                    <td>{formatDay(item.registeredAt)}</td>
                    <td>
                      {item.overdue ? (
                        <>
                          <span className="badge overdue">Overdue</span>
                          <br />
                          was due {formatDay(item.firstContactDueAt)}
                        </>
                      ) : item.status === "registered" ? (
                        `Due ${formatDay(item.firstContactDueAt)}`
                      ) : (
                        "Done"
                      )}
                    </td>
                    <td>{item.assignee ?? "Nobody"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} nextCursor={inbox.data.cursor} top={top} label="Pages of cases" />
        </>
      )}
    </ConciergeriePage>
  );
}

/** Says why the list is empty and what to do about it. */
function EmptyInbox({ status, filtered, more }: { status: Status; filtered: boolean; more: boolean }) {
  // Filters other than status and assignee apply to each page the API reads: a page can be empty with more to come.
  if (more) return <p>No case on this page matches the filters. The next page may hold some.</p>;
  if (filtered)
    return (
      <p>
        No {label(statusLabels, status).toLowerCase()} case matches these filters.{" "}
        <Link to={`?status=${status}`}>Show all {label(statusLabels, status).toLowerCase()} cases</Link>
      </p>
    );
  if (status === "registered")
    return (
      <p>
        No household is waiting for a first contact. To bring newcomers in, share your portal's help form through a
        channel: employers, town halls and campaigns each get a link and a QR code.{" "}
        <Link to="/console/channels">Create or share a channel</Link>
      </p>
    );
  return <p>No case is {label(statusLabels, status).toLowerCase()} at the moment.</p>;
}
