import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../api";
import { ActionStatus } from "../../ui/ActionStatus";
import { formatDay } from "../conciergerie/format";
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
          setStatus("Marked as reviewed today.");
        },
        onError: (failure) => {
          if (!conflicted(failure)) setError("The review could not be recorded. Please try again.");
        },
      },
    );
  }

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p>
        Last reviewed on {formatDay(article.reviewedAt)}.{" "}
        {article.needsReview && <span className="badge overdue">Needs review</span>}
      </p>
      {canWrite && (
        <>
          <p className="hint">Read the article again; when it is still right, say so. Editing it does not count.</p>
          <button type="button" className="secondary" aria-disabled={mark.isPending} onClick={markReviewed}>
            Mark reviewed
          </button>
        </>
      )}
      <ActionStatus status={status} error={error} />
    </section>
  );
}
