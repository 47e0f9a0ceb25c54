import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { signedInEmail } from "../../auth/tokens";
import { Loading } from "../../ui/Loading";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { AssignmentForm } from "./AssignmentForm";
import { CaseDetails } from "./CaseDetails";
import { CaseTimeline } from "./CaseTimeline";
import { ConciergeriePage } from "./ConciergeriePage";
import { CaseContext, type CaseContextValue } from "./caseContext";
import { EraseCase } from "./EraseCase";
import { EventThread } from "./EventThread";
import { formatDay } from "./format";
import { NeedsChecklist } from "./NeedsChecklist";
import { PipelineActions } from "./PipelineActions";
import { caseRights } from "./rights";
import { TasksSection } from "./TasksSection";

/** One household's case: who they are, what they need, where the case stands, and its history. */
export function CasePage() {
  const { caseId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { role } = useMembership();
  const rights = caseRights(role);
  const file = useQuery(trpc.conciergerie.case.queryOptions({ caseId }));
  const [conflict, setConflict] = useState(false);
  const conflictNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictNotice.current?.focus();
  }, [conflict]);

  if (!file.data)
    return (
      <ConciergeriePage title="Case">
        {file.error ? <QueryFailure error={file.error} retry={() => file.refetch()} /> : <Loading />}
      </ConciergeriePage>
    );

  const context: CaseContextValue = {
    file: file.data,
    canWork: rights.work,
    me: signedInEmail() ?? "",
    saved: () => void queryClient.invalidateQueries(trpc.conciergerie.pathFilter()),
    conflicted: (error) => {
      const { code, reason } = errorInfo(error);
      // The page only offers the moves allowed from the status it loaded: the API refusing one
      // as invalid means someone else moved the case meanwhile (it checks the move before the version).
      const isConflict = code === "CONFLICT" || reason === "invalid_move";
      if (isConflict) setConflict(true);
      return isConflict;
    },
  };
  const record = file.data.case;
  const name = (record.contact as { name?: string } | undefined)?.name ?? "Household";

  return (
    <ConciergeriePage title={name} intro={`Registered on ${formatDay(record.registeredAt)}.`}>
      <CaseContext value={context}>
        {conflict && (
          <div role="alert" className="failure" ref={conflictNotice} tabIndex={-1}>
            <p>
              Someone else saved this case since you opened it, so your change was not saved. Reload the case to see
              their changes, then make yours again.
            </p>
            <button
              type="button"
              onClick={() => {
                setConflict(false);
                void file.refetch();
              }}
            >
              Reload the case
            </button>
          </div>
        )}
        {!rights.work && <p className="note">Your role ({role}) lets you read cases but not change them.</p>}
        {record.erasureRequestedAt && (
          <p className="note">
            The household asked on {formatDay(record.erasureRequestedAt)} for its personal data to be erased.
            {rights.admin ? " You can do it at the bottom of this page." : " An owner or an admin can do it."}
          </p>
        )}
        <div className="case-layout">
          <div>
            <PipelineActions />
            <NeedsChecklist />
            <CaseDetails />
          </div>
          <div>
            <AssignmentForm />
            <TasksSection />
            <EventThread
              kind="message"
              heading="Messages with the household"
              intro="The household reads them on the portal and gets an e-mail telling them a message is waiting."
              empty="No message yet."
              field="Message to the household"
              submit="Send the message"
              sent="Message sent."
            />
            <EventThread
              kind="note"
              heading="Notes"
              intro="For your colleagues only; the household never sees them."
              empty="No note yet."
              field="New note"
              submit="Add the note"
              sent="Note added."
            />
          </div>
        </div>
        <CaseTimeline />
        {rights.admin && <EraseCase />}
      </CaseContext>
    </ConciergeriePage>
  );
}
