import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { ActionStatus } from "../../ui/ActionStatus";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { GapQuestions } from "./GapQuestions";
import { type Gap, newArticlePath, staffTopicLanguage, topicTitle } from "./gaps";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

const gapKey = (gap: Pick<Gap, "topic" | "language">) => `${gap.topic}#${gap.language}`;

/** The gaps in API order (most open questions first), under their topic. */
function byTopic(gaps: Gap[]): [string, Gap[]][] {
  const topics = new Map<string, Gap[]>();
  for (const gap of gaps) topics.set(gap.topic, [...(topics.get(gap.topic) ?? []), gap]);
  return [...topics];
}

/**
 * What newcomers asked that the guide does not answer well: unanswered and low-confidence
 * questions, by topic and language, so editors know which article to write next.
 */
export function GapsPage() {
  const { t, i18n } = useTranslation("knowledge");
  const format = useFormat();
  const topicOf = (gap: Gap) => topicTitle(gap, staffTopicLanguage(i18n.language));
  const languageOf = (code: string) => languageNameIn(code, i18n.language);
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
          setStatus(t("gaps.handled", { topic: topicOf(gap), language: languageOf(gap.language) }));
          void queryClient.invalidateQueries(trpc.knowledge.gaps.queryFilter());
        },
        onError: (failure) => setError(errorInfo(failure).message),
      },
    );
  }

  const shown = (gaps.data ?? []).filter((gap) => showHandled || gap.open > 0);
  return (
    <KnowledgePage title={t("gaps.title")} intro={t("gaps.intro")}>
      <CheckField id="show-handled" label={t("gaps.showHandled")} checked={showHandled} onChange={setShowHandled} />
      <ActionStatus status={status} error={error} />
      {gaps.isPending ? (
        <Loading />
      ) : gaps.error ? (
        <QueryFailure error={gaps.error} retry={() => gaps.refetch()} />
      ) : shown.length === 0 ? (
        <p>{t(gaps.data.length === 0 ? "gaps.noneEver" : "gaps.noneOpen")}</p>
      ) : (
        byTopic(shown).map(([topic, rows]) => (
          <table key={topic} className="gaps">
            <caption>
              {t("gaps.caption", {
                topic: topicOf(rows[0] as Gap),
                count: rows.reduce((sum, gap) => sum + gap.open, 0),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("gaps.language")}</th>
                <th scope="col">{t("gaps.openQuestions")}</th>
                <th scope="col">{t("gaps.allQuestions")}</th>
                <th scope="col">{t("gaps.lastAsked")}</th>
                <th scope="col">{t("gaps.handledColumn")}</th>
                <th scope="col">{t("gaps.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((gap) => {
                const key = gapKey(gap);
                const open = expanded === key;
                return (
                  <Fragment key={key}>
                    <tr>
                      <th scope="row">{languageOf(gap.language)}</th>
                      <td>{format.number(gap.open)}</td>
                      <td>{format.number(gap.total)}</td>
                      <td>{gap.lastAskedAt ? format.day(gap.lastAskedAt) : "—"}</td>
                      <td>
                        {gap.handledAt
                          ? t("gaps.handledBy", { date: format.day(gap.handledAt), who: gap.handledBy })
                          : t("gaps.notYet")}
                      </td>
                      <td>
                        <div className="actions compact">
                          <button
                            type="button"
                            className="secondary small"
                            aria-expanded={open}
                            aria-controls={`questions-${key}`}
                            onClick={() => setExpanded(open ? undefined : key)}
                          >
                            {t(open ? "gaps.hideQuestions" : "gaps.showQuestions")}
                          </button>
                          {rights.write && (
                            <>
                              <Link to={newArticlePath(gap)}>{t("gaps.startArticle")}</Link>
                              {gap.open > 0 && (
                                <button
                                  type="button"
                                  className="secondary small"
                                  aria-disabled={handle.isPending}
                                  onClick={() => markHandled(gap)}
                                >
                                  {t("gaps.markHandled")}
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
