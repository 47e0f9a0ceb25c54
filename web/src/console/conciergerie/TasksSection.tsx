import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { FieldError, type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { today, useFormat } from "../format";
import { useCase } from "./caseContext";
import { useAgents } from "./directory";

const fields = ["title", "dueOn", "task-assignee", "form"];

/** What is to be done for the household, by whom and by when. */
export function TasksSection() {
  const { t } = useTranslation("conciergerie");
  const format = useFormat();
  const { file, canWork, me, saved } = useCase();
  const trpc = useTRPC();
  const complete = useMutation(trpc.conciergerie.completeTask.mutationOptions());
  const { errors, setErrors, showFailure } = useFieldErrors(["form"]);
  const tasks = file.tasks;

  function markDone(taskId: string) {
    if (complete.isPending) return;
    setErrors({});
    complete.mutate({ caseId: file.case.caseId, taskId }, { onSuccess: saved, onError: showFailure });
  }

  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t("tasks.heading")}</h2>
      {tasks.length === 0 ? (
        <p>
          {t("tasks.none")}
          {canWork && ` ${t("tasks.noneHint")}`}
        </p>
      ) : (
        <ul className="checklist">
          {tasks.map((task) => {
            const late = !task.done && task.dueOn < today();
            return (
              <li key={task.taskId} className={task.done ? "done" : undefined}>
                <span className="mark" aria-hidden="true">
                  {task.done ? "✓" : "○"}
                </span>
                <span>
                  {task.title}
                  <br />
                  <span className="hint">
                    {t("tasks.dueBy", {
                      who: task.assignee === me ? t("youCapital") : task.assignee,
                      date: format.day(task.dueOn),
                    })}
                  </span>
                </span>
                <span className="state">
                  {task.done ? t("done") : late ? <span className="badge overdue">{t("late")}</span> : t("tasks.toDo")}
                </span>
                {canWork && !task.done && (
                  <button
                    type="button"
                    className="secondary small"
                    aria-disabled={complete.isPending}
                    aria-label={t("tasks.markDone", { title: task.title })}
                    onClick={() => markDone(task.taskId)}
                  >
                    {t("done")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FieldError errors={errors} field="form" />
      {canWork && <AddTask />}
    </section>
  );
}

function AddTask() {
  const { t } = useTranslation("conciergerie");
  const { file, me, saved } = useCase();
  const trpc = useTRPC();
  const add = useMutation(trpc.conciergerie.addTask.mutationOptions());
  const agents = useAgents();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState(today);
  const [assignee, setAssignee] = useState(me);
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors(fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setStatus("");
    const found: FieldErrors = {};
    if (!title.trim()) found.title = t("tasks.errors.title");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) found.dueOn = t("tasks.errors.dueOn");
    if (show(found)) return;
    add.mutate(
      { caseId: file.case.caseId, title: title.trim(), dueOn, assignee },
      {
        onSuccess: () => {
          setTitle("");
          setStatus(t("tasks.added"));
          saved();
        },
        onError: showFailure,
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="add-task-heading">
      <h3 id="add-task-heading">{t("tasks.add")}</h3>
      <TextField
        id="title"
        label={t("tasks.what")}
        value={title}
        onChange={clearing(setTitle)}
        required
        maxLength={200}
        errors={errors}
      />
      <TextField
        id="dueOn"
        label={t("tasks.dueOn")}
        type="date"
        className="short"
        value={dueOn}
        onChange={clearing(setDueOn)}
        required
        errors={errors}
      />
      <SelectField
        id="task-assignee"
        label={t("tasks.who")}
        choices={[...new Set([me, ...agents])].map((email) => ({
          value: email,
          label: email === me ? t("emailYou", { email }) : email,
        }))}
        value={assignee}
        onChange={setAssignee}
        errors={errors}
      />
      <FormEnd submit={t("tasks.submit")} pending={add.isPending} status={status} errors={errors} />
    </form>
  );
}
