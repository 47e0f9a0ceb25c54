import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { ActionStatus } from "../../ui/ActionStatus";
import { useFormat } from "../format";
import type { Article } from "./articleDraft";

/** When the article was last checked, whether it is due again, and a way to record a check. */
export function ArticleReview({
  article,
  canWrite,
  conflicted,
}: {
  article: Article;
  canWrite: boolean;
  conflicted: (error: unknown) => boolean;
}) {
  const { t } = useTranslation("knowledge");
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mark = useMutation(trpc.knowledge.markReviewed.mutationOptions());
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string>();

  function markReviewed() {
    if (mark.isPending) return;
    setStatus("");
    setError(undefined);
    mark.mutate(
      { slug: article.slug, expectedVersion: article.version },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(trpc.knowledge.get.queryKey({ slug: saved.slug }), saved);
          void queryClient.invalidateQueries(trpc.knowledge.list.queryFilter());
          setStatus(t("review.marked"));
        },
        onError: (failure) => {
          if (!conflicted(failure)) setError(t("review.failed"));
        },
      },
    );
  }

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t("review.heading")}</h2>
      <p>
        {t("review.lastReviewed", { date: format.day(article.reviewedAt) })}{" "}
        {article.needsReview && <span className="badge overdue">{t("articles.needsReview")}</span>}
      </p>
      {canWrite && (
        <>
          <p className="hint">{t("review.hint")}</p>
          <button type="button" className="secondary" aria-disabled={mark.isPending} onClick={markReviewed}>
            {t("review.mark")}
          </button>
        </>
      )}
      <ActionStatus status={status} error={error} />
    </section>
  );
}
