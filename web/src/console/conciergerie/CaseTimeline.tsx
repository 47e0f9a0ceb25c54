import { useCase } from "./caseContext";
import { formatDay, formatMoment } from "./format";
import { closeReasonLabels, label, needLabels, progressLabels, statusLabels } from "./labels";

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

const emails: Record<string, string> = {
  "new-message": "E-mail sent to the household: a new message is waiting",
  "first-contact-overdue": "First-contact deadline passed: reminder e-mailed",
};

/** One line of the case's history, in words. */
function describe(kind: string, detail: Detail): string {
  switch (kind) {
    case "status":
      if (detail.erased) return "Personal data erased";
      if (detail.erasureRequested) return "The household asked for its data to be erased";
      if (detail.to === "registered")
        return detail.channel ? `Asked for help through ${detail.channel}` : "Asked for help on the portal";
      return `Moved to ${label(statusLabels, detail.to ?? "").toLowerCase()}${detail.reason ? ` (${label(closeReasonLabels, detail.reason)})` : ""}`;
    case "assignment":
      return detail.to ? `Assigned to ${detail.to}` : "Unassigned";
    case "need":
      return `${label(needLabels, detail.need ?? "")}: ${label(progressLabels, detail.progress ?? "").toLowerCase()}`;
    case "email":
      return emails[detail.template ?? ""] ?? "E-mail sent";
    case "message":
      return detail.from === "newcomer" ? "Message from the household" : "Message to the household";
    case "note":
      return "Note added";
    case "task":
      return `Task "${detail.title}" for ${detail.assignee}, due ${formatDay(detail.dueOn ?? "")}`;
    default:
      return kind;
  }
}

/** Everything that happened to the case, oldest first: the record the team shares. */
export function CaseTimeline() {
  const { file } = useCase();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {file.timeline.length === 0 ? (
        <p>Nothing recorded on this case yet.</p>
      ) : (
        <ol className="timeline">
          {file.timeline.map((event) => (
            <li key={event.eventId}>
              <time dateTime={event.at}>{formatMoment(event.at)}</time>
              <span>{describe(event.kind, event.detail as Detail)}</span>
              <span className="hint">{event.by === "newcomer" ? "household" : event.by}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
