import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { signedInEmail } from "../../auth/tokens";
import { Loading } from "../../ui/Loading";
import { useMembership } from "../consoleContext";
import { CaseJobs } from "../employers/CaseJobs";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { AssignmentForm } from "./AssignmentForm";
import { CaseDetails } from "./CaseDetails";
import { CaseTimeline } from "./CaseTimeline";
import { ConciergeriePage } from "./ConciergeriePage";
import { CaseContext, type CaseContextValue } from "./caseContext";
import { EraseCase } from "./EraseCase";
import { EventThread } from "./EventThread";
import { NeedsChecklist } from "./NeedsChecklist";
import { PipelineActions } from "./PipelineActions";
import { caseRights } from "./rights";
import { TasksSection } from "./TasksSection";

/** One household's case: who they are, what they need, where the case stands, and its history. */
export function CasePage() {
  const { t } = useTranslation("conciergerie");
  const format = useFormat();
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
      <ConciergeriePage title={t("case.title")}>
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
  const name = (record.contact as { name?: string } | undefined)?.name ?? t("case.household");

  return (
    <ConciergeriePage title={name} intro={t("case.registeredOn", { date: format.day(record.registeredAt) })}>
      <CaseContext value={context}>
        {conflict && (
          <div role="alert" className="failure" ref={conflictNotice} tabIndex={-1}>
            <p>{t("case.conflict")}</p>
            <button
              type="button"
              onClick={() => {
                setConflict(false);
                void file.refetch();
              }}
            >
              {t("case.reload")}
            </button>
          </div>
        )}
        {!rights.work && <p className="note">{t("case.readOnly", { role: t(`common:roles.${role}`) })}</p>}
        {record.erasureRequestedAt && (
          <p className="note">
            {t("case.erasureRequested", { date: format.day(record.erasureRequestedAt) })}{" "}
            {t(rights.admin ? "case.erasureByYou" : "case.erasureByAdmin")}
          </p>
        )}
        <div className="case-layout">
          <div>
            <PipelineActions />
            <NeedsChecklist />
            <CaseDetails />
            <CaseJobs caseId={record.caseId} />
          </div>
          <div>
            <AssignmentForm />
            <TasksSection />
            <EventThread kind="message" />
            <EventThread kind="note" />
          </div>
        </div>
        <CaseTimeline />
        {rights.admin && <EraseCase />}
      </CaseContext>
    </ConciergeriePage>
  );
}
