import type { Language } from "@escale/core/languages";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { direction } from "../../languages";
import { Loading } from "../../ui/Loading";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";

/** The newest questions of a gap, as newcomers asked them, e-mail addresses and phone numbers removed. */
export function GapQuestions({ topic, language }: { topic: string; language: Language }) {
  const { t } = useTranslation("knowledge");
  const format = useFormat();
  const trpc = useTRPC();
  const questions = useQuery(trpc.knowledge.gapQuestions.queryOptions({ topic, language }));
  if (questions.isPending) return <Loading what={t("gaps.loadingQuestions")} />;
  if (questions.error) return <QueryFailure error={questions.error} retry={() => questions.refetch()} />;
  if (questions.data.length === 0) return <p>{t("gaps.noQuestions")}</p>;
  return (
    <ul className="gap-questions">
      {questions.data.map((question) => (
        <li key={`${question.createdAt}-${question.question}`}>
          <q lang={language} dir={direction(language)}>
            {question.question}
          </q>{" "}
          <span className="hint">
            {format.moment(question.createdAt)} ·{" "}
            {!question.answered
              ? t("gaps.notAnswered")
              : question.citations.length > 0
                ? t("gaps.answeredFrom", { articles: question.citations.join(", ") })
                : t("gaps.answeredLow")}
          </span>
        </li>
      ))}
    </ul>
  );
}
