import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { QueryFailure } from "../QueryFailure";
import { ConciergeriePage } from "./ConciergeriePage";
import { formatDay, today } from "./format";
import { Pager, useCursorPages } from "./Pager";

/** The signed-in agent's open tasks across every case, soonest due first. */
export function TasksPage() {
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
    <ConciergeriePage title="My tasks" intro="Your open tasks on every case, the soonest due first.">
      {tasks.isPending ? (
        <Loading />
      ) : tasks.error ? (
        <QueryFailure error={tasks.error} retry={() => tasks.refetch()} />
      ) : tasks.data.tasks.length === 0 && pages.number === 1 ? (
        <p>
          You have no open task. Tasks are added on a case's page, for instance to call a household back:{" "}
          <Link to="/console/cases">go to the cases</Link>.
        </p>
      ) : (
        <>
          <h2 ref={top} tabIndex={-1} id="tasks-heading">
            Open tasks
          </h2>
          <table aria-labelledby="tasks-heading">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Due</th>
                <th scope="col">Case</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {tasks.data.tasks.map((task) => (
                <tr key={task.taskId}>
                  <th scope="row">{task.title}</th>
                  <td>
                    {formatDay(task.dueOn)} {task.dueOn < today() && <span className="badge overdue">Late</span>}
                  </td>
                  <td>
                    <Link to={`/console/cases/${task.caseId}`}>Open the case</Link>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      aria-disabled={complete.isPending}
                      aria-label={`Mark "${task.title}" as done`}
                      onClick={() => markDone(task.caseId, task.taskId)}
                    >
                      Done
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FieldError errors={errors} field="form" />
          <Pager pages={pages} nextCursor={tasks.data.cursor} top={top} label="Pages of tasks" />
        </>
      )}
    </ConciergeriePage>
  );
}
