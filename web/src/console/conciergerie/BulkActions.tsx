import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { signedInEmail } from "../../auth/tokens";
import type { CloseReason } from "../../conciergerie";
import { ActionStatus } from "../../ui/ActionStatus";
import { SelectField } from "../../ui/SelectField";
import { useAgents } from "./directory";
import { useLabels } from "./labels";

const moves = ["contacted", "accompanied", "closed"] as const;
type Move = (typeof moves)[number];
type Outcome = { done: string[]; failed: { caseId: string; code: string; message: string }[] };

/**
 * Assigns or moves the ticked cases at once. Each case changes on its own: one that someone
 * else just changed, or that cannot make that move, is named with the reason and stays ticked.
 */
export function BulkActions({
  selected,
  nameOf,
  onDone,
}: {
  selected: string[];
  nameOf: (caseId: string) => string;
  onDone: (failed: string[]) => void;
}) {
  const { t } = useTranslation("conciergerie");
  const { label, choices } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const agents = useAgents();
  const me = signedInEmail() ?? "";
  const assign = useMutation(trpc.conciergerie.bulkAssign.mutationOptions());
  const move = useMutation(trpc.conciergerie.bulkMove.mutationOptions());
  const [assignee, setAssignee] = useState(me);
  const [to, setTo] = useState<Move>("contacted");
  const [reason, setReason] = useState<CloseReason | "">("");
  const [status, setStatus] = useState("");
  const [failure, setFailure] = useState<string>();
  const pending = assign.isPending || move.isPending;

  function settled(outcome: Outcome, done: (count: number) => string) {
    setStatus(outcome.done.length ? done(outcome.done.length) : "");
    setFailure(
      outcome.failed.length
        ? t("inbox.bulk.failed", {
            count: outcome.failed.length,
            cases: outcome.failed
              .map(
                (item) =>
                  `${nameOf(item.caseId)} (${t(`inbox.bulk.reasons.${item.code}`, { defaultValue: t("inbox.bulk.reasons.other") })})`,
              )
              .join(", "),
          })
        : undefined,
    );
    void queryClient.invalidateQueries(trpc.conciergerie.inbox.queryFilter());
    void queryClient.invalidateQueries(trpc.conciergerie.inboxCounts.queryFilter());
    void queryClient.invalidateQueries(trpc.conciergerie.search.queryFilter());
    onDone(outcome.failed.map((item) => item.caseId));
  }

  function start() {
    setStatus("");
    setFailure(undefined);
  }

  function submitAssign(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    start();
    assign.mutate(
      { caseIds: selected, assignee: assignee || null },
      {
        onSuccess: (outcome) =>
          settled(outcome, (count) =>
            assignee
              ? t("inbox.bulk.assigned", { count, email: assignee === me ? t("you") : assignee })
              : t("inbox.bulk.unassigned", { count }),
          ),
        onError: (error) => setFailure(errorInfo(error).message),
      },
    );
  }

  function submitMove(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    start();
    if (to === "closed" && !reason) {
      setFailure(t("inbox.bulk.reasonMissing"));
      document.getElementById("bulk-reason")?.focus();
      return;
    }
    move.mutate(
      { caseIds: selected, to, closedReason: to === "closed" && reason ? reason : undefined },
      {
        onSuccess: (outcome) =>
          settled(outcome, (count) => t("inbox.bulk.moved", { count, status: label("statuses", to) })),
        onError: (error) => setFailure(errorInfo(error).message),
      },
    );
  }

  return (
    <section className="bulk" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t("inbox.bulk.heading", { count: selected.length })}</h2>
      {selected.length === 0 ? (
        <p className="hint">{t("inbox.bulk.none")}</p>
      ) : (
        <div className="filters">
          <form className="filters" onSubmit={submitAssign} aria-label={t("inbox.bulk.assignForm")}>
            <SelectField
              id="bulk-assignee"
              label={t("inbox.bulk.assignTo")}
              choices={[
                { value: "", label: t("nobody") },
                ...[...new Set([me, ...agents].filter(Boolean))].map((email) => ({
                  value: email,
                  label: email === me ? t("emailYou", { email }) : email,
                })),
              ]}
              value={assignee}
              onChange={setAssignee}
            />
            <button type="submit" aria-disabled={pending}>
              {t("inbox.bulk.assign", { count: selected.length })}
            </button>
          </form>
          <form className="filters" onSubmit={submitMove} aria-label={t("inbox.bulk.moveForm")}>
            <SelectField
              id="bulk-to"
              label={t("inbox.bulk.moveTo")}
              choices={moves.map((value) => ({ value, label: label("statuses", value) }))}
              value={to}
              onChange={setTo}
            />
            {to === "closed" && (
              <SelectField
                id="bulk-reason"
                label={t("inbox.bulk.reason")}
                choices={[{ value: "" as const, label: t("inbox.bulk.chooseReason") }, ...choices("closeReasons")]}
                value={reason}
                onChange={setReason}
              />
            )}
            <button type="submit" aria-disabled={pending}>
              {t("inbox.bulk.move", { count: selected.length })}
            </button>
          </form>
        </div>
      )}
      <ActionStatus status={status} error={failure} />
    </section>
  );
}
