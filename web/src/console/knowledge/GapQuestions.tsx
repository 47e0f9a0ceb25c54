import type { Language } from "@escale/core/languages";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../api";
import { direction } from "../../languages";
import { Loading } from "../../ui/Loading";
import { formatMoment } from "../conciergerie/format";
import { QueryFailure } from "../QueryFailure";

/** The newest questions of a gap, as newcomers asked them, e-mail addresses and phone numbers removed. */
export function GapQuestions({ topic, language }: { topic: string; language: Language }) {
  const trpc = useTRPC();
  const questions = useQuery(trpc.knowledge.gapQuestions.queryOptions({ topic, language }));
  if (questions.isPending) return <Loading what="Loading the questions…" />;
  if (questions.error) return <QueryFailure error={questions.error} retry={() => questions.refetch()} />;
  if (questions.data.length === 0)
    return <p>No question is kept for this gap any more: questions are deleted after 90 days.</p>;
  return (
    <ul className="gap-questions">
      {questions.data.map((question) => (
        <li key={`${question.createdAt}-${question.question}`}>
          <q lang={language} dir={direction(language)}>
            {question.question}
          </q>{" "}
          <span className="hint">
            {formatMoment(question.createdAt)} ·{" "}
            {question.answered
              ? `answered with little confidence${question.citations.length > 0 ? ` from ${question.citations.join(", ")}` : ""}`
              : "not answered"}
          </span>
        </li>
      ))}
    </ul>
  );
}
