import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { today, useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { ConciergeriePage } from "./ConciergeriePage";
import { Pager, useCursorPages } from "./Pager";

/** The signed-in agent's open tasks across every case, soonest due first. */
export function TasksPage() {
  const { t } = useTranslation("conciergerie");
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useCursorPages("tasks");
  const top = useRef<HTMLHeadingElement>(null);
  const tasks = useQuery({
    ...trpc.conciergerie.myTasks.queryOptions({ cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });
  const complete = useMutation(trpc.conciergerie.completeTask.mutationOptions());
  const { errors, setErrors, showFailure } = useFieldErrors(["form"]);

  function markDone(caseId: string, taskId: string) {
    if (complete.isPending) return;
    setErrors({});
    complete.mutate(
      { caseId, taskId },
      { onSuccess: () => queryClient.invalidateQueries(trpc.conciergerie.pathFilter()), onError: showFailure },
    );
  }

  return (
    <ConciergeriePage title={t("myTasks.title")} intro={t("myTasks.intro")}>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.error ? (
        <QueryFailure error={tasks.error} retry={() => tasks.refetch()} />
      ) : tasks.data.tasks.length === 0 && pages.number === 1 ? (
        <p>
          {t("myTasks.none")} <Link to="/console/cases">{t("myTasks.goToCases")}</Link>.
        </p>
      ) : (
        <>
          <h2 ref={top} tabIndex={-1} id="tasks-heading">
            {t("myTasks.heading")}
          </h2>
          <table aria-labelledby="tasks-heading">
            <thead>
              <tr>
                <th scope="col">{t("myTasks.task")}</th>
                <th scope="col">{t("myTasks.due")}</th>
                <th scope="col">{t("myTasks.case")}</th>
                <th scope="col">{t("myTasks.action")}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.data.tasks.map((task) => (
                <tr key={task.taskId}>
                  <th scope="row">{task.title}</th>
                  <td>
                    {format.day(task.dueOn)}{" "}
                    {task.dueOn < today() && <span className="badge overdue">{t("late")}</span>}
                  </td>
                  <td>
                    <Link to={`/console/cases/${task.caseId}`}>{t("myTasks.openCase")}</Link>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      aria-disabled={complete.isPending}
                      aria-label={t("tasks.markDone", { title: task.title })}
                      onClick={() => markDone(task.caseId, task.taskId)}
                    >
                      {t("done")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FieldError errors={errors} field="form" />
          <Pager pages={pages} nextCursor={tasks.data.cursor} top={top} label={t("myTasks.pages")} />
        </>
      )}
    </ConciergeriePage>
  );
}
