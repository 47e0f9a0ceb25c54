import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { QueryFailure } from "../QueryFailure";
import { ConciergeriePage } from "./ConciergeriePage";
import { formatMoment } from "./format";
import { Pager, useCursorPages } from "./Pager";

/** Who opened which case when, newest first: personal data is read on the record. */
export function ReadsPage() {
  const trpc = useTRPC();
  const pages = useCursorPages("reads");
  const top = useRef<HTMLHeadingElement>(null);
  const reads = useQuery({
    ...trpc.conciergerie.reads.queryOptions({ cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });

  return (
    <ConciergeriePage
      adminOnly
      title="Case reads"
      intro="Every time a member of your team opens a case, it is written here and kept for two years."
    >
      {reads.isPending ? (
        <Loading />
      ) : reads.error ? (
        <QueryFailure error={reads.error} retry={() => reads.refetch()} />
      ) : reads.data.reads.length === 0 && pages.number === 1 ? (
        <p>Nobody has opened a case yet. Reads appear here as soon as someone opens one from the inbox.</p>
      ) : (
        <>
          <h2 ref={top} tabIndex={-1} id="reads-heading">
            Reads, newest first
          </h2>
          <table aria-labelledby="reads-heading">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Role</th>
                <th scope="col">Case</th>
              </tr>
            </thead>
            <tbody>
              {reads.data.reads.map((read) => (
                <tr key={`${read.at}-${read.by}-${read.caseId}`}>
                  <td>{formatMoment(read.at)}</td>
                  <td>{read.by}</td>
                  <td>{read.role}</td>
                  <td>
                    <Link to={`/console/cases/${read.caseId}`}>Case {read.caseId.slice(0, 8)}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pages={pages} nextCursor={reads.data.cursor} top={top} label="Pages of case reads" />
        </>
      )}
    </ConciergeriePage>
  );
}
