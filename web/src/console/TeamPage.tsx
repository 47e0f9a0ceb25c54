import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "../api";
import { FormEnd } from "../ui/FormEnd";
import { describe, errorsFrom, FieldError, type FieldErrors, useFieldErrors } from "../ui/fieldErrors";
import { Loading } from "../ui/Loading";
import { TextField } from "../ui/TextField";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembership } from "./consoleContext";
import { QueryFailure } from "./QueryFailure";
import { ReadOnlyNote } from "./ReadOnlyNote";

const roles = {
  owner: "Owner: everything, including other owners",
  admin: "Admin: settings and team",
  agent: "Agent: welcomes and follows newcomers",
  editor: "Editor: writes the portal's content",
  viewer: "Viewer: sees, changes nothing",
} as const;
type Role = keyof typeof roles;

const fields = ["email", "role", "form"];
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

export function TeamPage() {
  const { name, role, canManage } = useMembership();
  usePageTitle(`Team · ${name} · Escale console`);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.team.list.queryOptions());
  const revoke = useMutation(trpc.team.revokeInvitation.mutationOptions());
  const [status, setStatus] = useState("");
  const [revokeError, setRevokeError] = useState<string>();

  function changed() {
    void queryClient.invalidateQueries(trpc.team.list.queryFilter());
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
          setStatus(`Invitation to ${email} revoked.`);
          changed();
        },
        onError: (error) => setRevokeError(errorsFrom(error, []).form),
      },
    );
  }

  return (
    <>
      <h1>Team</h1>
      {!canManage && <ReadOnlyNote role={role} what="the team" />}
      <p role="status" className="status">
        {status}
      </p>
      {team.isPending ? (
        <Loading />
      ) : team.error ? (
        <QueryFailure error={team.error} retry={() => team.refetch()} />
      ) : (
        <>
          <table>
            <caption>Members</caption>
            <thead>
              <tr>
                <th scope="col">E-mail address</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {team.data.members.map((member) => (
                <tr key={member.email}>
                  <td>{member.email}</td>
                  <td>{member.role}</td>
                  <td>{date.format(new Date(member.joinedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>

          {team.data.invitations.length === 0 ? (
            <p>No pending invitations.</p>
          ) : (
            <table>
              <caption>Pending invitations</caption>
              <thead>
                <tr>
                  <th scope="col">E-mail address</th>
                  <th scope="col">Role</th>
                  <th scope="col">Invited</th>
                  <th scope="col">Invited by</th>
                  {canManage && <th scope="col">Action</th>}
                </tr>
              </thead>
              <tbody>
                {team.data.invitations.map((invitation) => (
                  <tr key={invitation.email}>
                    <td>{invitation.email}</td>
                    <td>{invitation.role}</td>
                    <td>{date.format(new Date(invitation.invitedAt))}</td>
                    <td>{invitation.invitedBy}</td>
                    {canManage && (
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          aria-label={`Revoke the invitation to ${invitation.email}`}
                          onClick={() => revokeInvitation(invitation.email)}
                        >
                          Revoke
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
            setStatus(`Invitation sent to ${email}.`);
            changed();
          }}
        />
      )}
    </>
  );
}

function InviteForm({ onInvited }: { onInvited: (email: string) => void }) {
  const trpc = useTRPC();
  const { role: myRole } = useMembership();
  const invite = useMutation(trpc.team.invite.mutationOptions());
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("agent");
  const { errors, setErrors, show, showFailure } = useFieldErrors(fields);
  // Only an owner may make another owner; the server refuses it to anyone else.
  const offered = (Object.keys(roles) as Role[]).filter((option) => option !== "owner" || myRole === "owner");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    const address = email.trim();
    const found: FieldErrors = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)
      ? {}
      : { email: "Give a valid e-mail address." };
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
      <h2 id="invite-heading">Invite someone</h2>
      <p>They receive an e-mail, and join the team when they sign in with that address.</p>
      <TextField
        id="email"
        label="E-mail address"
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
        <label htmlFor="role">Role</label>
        <select
          id="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          {...describe(errors, "role")}
        >
          {offered.map((option) => (
            <option key={option} value={option}>
              {roles[option]}
            </option>
          ))}
        </select>
        <FieldError errors={errors} field="role" />
      </div>
      <FormEnd submit="Send invitation" pending={invite.isPending} errors={errors} />
    </form>
  );
}
