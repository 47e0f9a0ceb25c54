import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { Link } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { languageName } from "../../languages";
import { ActionStatus } from "../../ui/ActionStatus";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { formatDay } from "../conciergerie/format";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { GapQuestions } from "./GapQuestions";
import { type Gap, newArticlePath, topicTitle } from "./gaps";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

const gapKey = (gap: Pick<Gap, "topic" | "language">) => `${gap.topic}#${gap.language}`;

/** The gaps in API order (most open questions first), under their topic. */
function byTopic(gaps: Gap[]): [string, Gap[]][] {
  const topics = new Map<string, Gap[]>();
  for (const gap of gaps) topics.set(gap.topic, [...(topics.get(gap.topic) ?? []), gap]);
  return [...topics];
}

function openQuestions(gaps: Gap[]): string {
  const count = gaps.reduce((sum, gap) => sum + gap.open, 0);
  return `${count} open ${count === 1 ? "question" : "questions"}`;
}

/**
 * What newcomers asked that the guide does not answer well: unanswered and low-confidence
 * questions, by topic and language, so editors know which article to write next.
 */
export function GapsPage() {
  const { role } = useMembership();
  const rights = knowledgeRights(role);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const gaps = useQuery(trpc.knowledge.gaps.queryOptions());
  const handle = useMutation(trpc.knowledge.markGapHandled.mutationOptions());
  const [showHandled, setShowHandled] = useState(false);
  const [expanded, setExpanded] = useState<string>();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string>();

  function markHandled(gap: Gap) {
    if (handle.isPending) return;
    setStatus("");
    setError(undefined);
    handle.mutate(
      { topic: gap.topic, language: gap.language },
      {
        onSuccess: () => {
          setStatus(`"${topicTitle(gap, "en")}" in ${languageName(gap.language)} marked as handled.`);
          void queryClient.invalidateQueries(trpc.knowledge.gaps.queryFilter());
        },
        onError: (failure) => setError(errorInfo(failure).message),
      },
    );
  }

  const shown = (gaps.data ?? []).filter((gap) => showHandled || gap.open > 0);
  return (
    <KnowledgePage
      title="Knowledge gaps"
      intro="Questions the assistant could not answer, or answered with little confidence, grouped by topic and language. Write or improve an article, then mark the gap handled: its count starts again from zero."
    >
      <CheckField id="show-handled" label="Also show handled gaps" checked={showHandled} onChange={setShowHandled} />
      <ActionStatus status={status} error={error} />
      {gaps.isPending ? (
        <Loading />
      ) : gaps.error ? (
        <QueryFailure error={gaps.error} retry={() => gaps.refetch()} />
      ) : shown.length === 0 ? (
        <p>
          {gaps.data.length === 0
            ? "No gap yet: every question newcomers asked found an article. Questions the assistant cannot answer will appear here."
            : "No open gap: every question asked since the gaps were last handled found an article."}
        </p>
      ) : (
        byTopic(shown).map(([topic, rows]) => (
          <table key={topic} className="gaps">
            <caption>
              {topicTitle(rows[0] as Gap, "en")}: {openQuestions(rows)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Open questions</th>
                <th scope="col">All questions</th>
                <th scope="col">Last asked</th>
                <th scope="col">Handled</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((gap) => {
                const key = gapKey(gap);
                const open = expanded === key;
                return (
                  <Fragment key={key}>
                    <tr>
                      <th scope="row">{languageName(gap.language)}</th>
                      <td>{gap.open}</td>
                      <td>{gap.total}</td>
                      <td>{gap.lastAskedAt ? formatDay(gap.lastAskedAt) : "—"}</td>
                      <td>{gap.handledAt ? `${formatDay(gap.handledAt)} by ${gap.handledBy}` : "Not yet"}</td>
                      <td>
                        <div className="actions compact">
                          <button
                            type="button"
                            className="secondary small"
                            aria-expanded={open}
                            aria-controls={`questions-${key}`}
                            onClick={() => setExpanded(open ? undefined : key)}
                          >
                            {open ? "Hide the questions" : "Show the questions"}
                          </button>
                          {rights.write && (
                            <>
                              <Link to={newArticlePath(gap)}>Start an article from this gap</Link>
                              {gap.open > 0 && (
                                <button
                                  type="button"
                                  className="secondary small"
                                  aria-disabled={handle.isPending}
                                  onClick={() => markHandled(gap)}
                                >
                                  Mark handled
                                </button>
                              )}
                            </>
                          )}
                        </div>
                      </td>
                    </tr>
                    <tr id={`questions-${key}`} hidden={!open}>
                      <td colSpan={6}>{open && <GapQuestions topic={gap.topic} language={gap.language} />}</td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        ))
      )}
    </KnowledgePage>
  );
}
