import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useFormat } from "../format";
import { useCase } from "./caseContext";
import { useLabels } from "./labels";

type Detail = {
  to?: string | null;
  from?: string;
  reason?: string;
  channel?: string;
  erased?: boolean;
  erasureRequested?: boolean;
  need?: string;
  progress?: string;
  template?: string;
  title?: string;
  dueOn?: string;
  assignee?: string;
};

type Words = {
  t: TFunction<"conciergerie">;
  label: ReturnType<typeof useLabels>["label"];
  day: (iso: string) => string;
};

/** One line of the case's history, in words. */
function describe(kind: string, detail: Detail, { t, label, day }: Words): string {
  switch (kind) {
    case "status": {
      if (detail.erased) return t("timeline.erased");
      if (detail.erasureRequested) return t("timeline.erasureRequested");
      if (detail.to === "registered")
        return detail.channel ? t("timeline.askedThrough", { channel: detail.channel }) : t("timeline.askedOnPortal");
      const status = label("statuses", detail.to ?? "");
      return detail.reason
        ? t("timeline.movedBecause", { status, reason: label("closeReasons", detail.reason) })
        : t("timeline.moved", { status });
    }
    case "assignment":
      return detail.to ? t("timeline.assigned", { email: detail.to }) : t("timeline.unassigned");
    case "need":
      return t("timeline.need", {
        need: label("needs", detail.need ?? ""),
        progress: label("progress", detail.progress ?? ""),
      });
    case "email":
      return t(`timeline.emails.${detail.template ?? ""}`, { defaultValue: t("timeline.emailSent") });
    case "message":
      return t(detail.from === "newcomer" ? "timeline.messageFrom" : "timeline.messageTo");
    case "note":
      return t("timeline.note");
    case "task":
      return t("timeline.task", { title: detail.title, assignee: detail.assignee, date: day(detail.dueOn ?? "") });
    default:
      return kind;
  }
}

/** Everything that happened to the case, oldest first: the record the team shares. */
export function CaseTimeline() {
  const { t } = useTranslation("conciergerie");
  const { label } = useLabels();
  const format = useFormat();
  const { file } = useCase();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("timeline.heading")}</h2>
      {file.timeline.length === 0 ? (
        <p>{t("timeline.empty")}</p>
      ) : (
        <ol className="timeline">
          {file.timeline.map((event) => (
            <li key={event.eventId}>
              <time dateTime={event.at}>{format.moment(event.at)}</time>
              <span>{describe(event.kind, event.detail as Detail, { t, label, day: format.day })}</span>
              <span className="hint">{event.by === "newcomer" ? t("timeline.byHousehold") : event.by}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
