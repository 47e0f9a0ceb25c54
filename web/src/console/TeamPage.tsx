import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api";
import { FormEnd } from "../ui/FormEnd";
import { describe, errorsFrom, FieldError, type FieldErrors, useFieldErrors } from "../ui/fieldErrors";
import { Loading } from "../ui/Loading";
import { TextField } from "../ui/TextField";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembership } from "./consoleContext";
import { useFormat } from "./format";
import { QueryFailure } from "./QueryFailure";
import { ReadOnlyNote } from "./ReadOnlyNote";
import { TeamHistory } from "./TeamHistory";
import { type Role, roles, TeamMembers } from "./TeamMembers";

const fields = ["email", "role", "form"];

export function TeamPage() {
  const { t } = useTranslation("team");
  const format = useFormat();
  const { name, role, canManage } = useMembership();
  usePageTitle(t("settings:pageTitle", { title: t("title"), territory: name }));
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.team.list.queryOptions());
  const revoke = useMutation(trpc.team.revokeInvitation.mutationOptions());
  const [status, setStatus] = useState("");
  const [revokeError, setRevokeError] = useState<string>();

  function changed() {
    void queryClient.invalidateQueries(trpc.team.list.queryFilter());
    void queryClient.invalidateQueries(trpc.team.history.queryFilter());
    // The checklist's "team" step depends on the team.
    void queryClient.invalidateQueries(trpc.console.settings.queryFilter());
  }

  function revokeInvitation(email: string) {
    setStatus("");
    setRevokeError(undefined);
    revoke.mutate(
      { email },
      {
        onSuccess: () => {
          setStatus(t("revoked", { email }));
          changed();
        },
        onError: (error) => setRevokeError(errorsFrom(error, []).form),
      },
    );
  }

  return (
    <>
      <h1>{t("title")}</h1>
      {!canManage && <ReadOnlyNote role={role} what={t("what")} />}
      <p role="status" className="status">
        {status}
      </p>
      {team.isPending ? (
        <Loading />
      ) : team.error ? (
        <QueryFailure error={team.error} retry={() => team.refetch()} />
      ) : (
        <>
          <TeamMembers members={team.data.members} onChanged={changed} />

          {team.data.invitations.length === 0 ? (
            <p>{t("noInvitations")}</p>
          ) : (
            <table>
              <caption>{t("invitations")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("email")}</th>
                  <th scope="col">{t("role")}</th>
                  <th scope="col">{t("invited")}</th>
                  <th scope="col">{t("invitedBy")}</th>
                  {canManage && <th scope="col">{t("action")}</th>}
                </tr>
              </thead>
              <tbody>
                {team.data.invitations.map((invitation) => (
                  <tr key={invitation.email}>
                    <td>{invitation.email}</td>
                    <td>{t(`common:roles.${invitation.role}`)}</td>
                    <td>{format.day(invitation.invitedAt)}</td>
                    <td>{invitation.invitedBy}</td>
                    {canManage && (
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t("revokeLabel", { email: invitation.email })}
                          onClick={() => revokeInvitation(invitation.email)}
                        >
                          {t("revoke")}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {revokeError && (
            <p role="alert" className="field-error">
              {revokeError}
            </p>
          )}
        </>
      )}
      {canManage && (
        <InviteForm
          onInvited={(email) => {
            setStatus(t("invitationSent", { email }));
            changed();
          }}
        />
      )}
      {canManage && <TeamHistory />}
    </>
  );
}

function InviteForm({ onInvited }: { onInvited: (email: string) => void }) {
  const { t } = useTranslation("team");
  const trpc = useTRPC();
  const { role: myRole } = useMembership();
  const invite = useMutation(trpc.team.invite.mutationOptions());
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("agent");
  const { errors, setErrors, show, showFailure } = useFieldErrors(fields);
  // Only an owner may make another owner; the server refuses it to anyone else.
  const offered = roles.filter((option) => option !== "owner" || myRole === "owner");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    const address = email.trim();
    const found: FieldErrors = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? {} : { email: t("invite.invalidEmail") };
    if (show(found)) return;
    invite.mutate(
      { email: address, role },
      {
        onSuccess: (invited) => {
          setEmail("");
          onInvited(invited.email);
        },
        onError: showFailure,
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("invite.heading")}</h2>
      <p>{t("invite.intro")}</p>
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="off"
        value={email}
        onChange={(text) => {
          setEmail(text);
          setErrors({});
        }}
        required
        errors={errors}
      />
      <div className="field">
        <label htmlFor="role">{t("role")}</label>
        <select
          id="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          {...describe(errors, "role")}
        >
          {offered.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} field="role" />
      </div>
      <FormEnd submit={t("invite.submit")} pending={invite.isPending} errors={errors} />
    </form>
  );
}
