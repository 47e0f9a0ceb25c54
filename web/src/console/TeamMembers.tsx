import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { errorInfo, useTRPC } from "../api";
import { signedInEmail } from "../auth/tokens";
import { ActionStatus } from "../ui/ActionStatus";
import { ConfirmButton } from "../ui/ConfirmButton";
import { useMembership } from "./consoleContext";
import { useFormat } from "./format";

export const roles = ["owner", "admin", "agent", "editor", "viewer"] as const;
export type Role = (typeof roles)[number];
type Member = { email: string; role: Role; joinedAt: string };

/**
 * The team's members and what a manager may do to each: change a role, remove someone, hand
 * over the ownership (owners only). Everyone may leave. The server keeps the last owner; its
 * refusal is shown here, in words, next to the table.
 */
export function TeamMembers({ members, onChanged }: { members: Member[]; onChanged: () => void }) {
  const { t } = useTranslation("team");
  const format = useFormat();
  const { role: myRole, canManage } = useMembership();
  const me = signedInEmail() ?? "";
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const changeRole = useMutation(trpc.team.changeRole.mutationOptions());
  const remove = useMutation(trpc.team.removeMember.mutationOptions());
  const transfer = useMutation(trpc.team.transferOwnership.mutationOptions());
  const leave = useMutation(trpc.team.leave.mutationOptions());
  const [chosen, setChosen] = useState<Record<string, Role>>({});
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string>();
  const owner = myRole === "owner";

  const handlers = (done: string) => ({
    onSuccess: () => {
      setStatus(done);
      onChanged();
    },
    onError: (failure: unknown) => setError(errorInfo(failure).message),
  });
  function start() {
    setStatus("");
    setError(undefined);
  }
  /** Only an owner touches an owner or hands out ownership; nobody acts on themselves but by leaving. */
  const canAct = (member: Member) => canManage && member.email !== me && (owner || member.role !== "owner");

  return (
    <>
      <table>
        <caption>{t("members")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("joined")}</th>
            {canManage && <th scope="col">{t("action")}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const picked = chosen[member.email] ?? member.role;
            return (
              <tr key={member.email}>
                <th scope="row">{member.email === me ? t("you", { email: member.email }) : member.email}</th>
                <td>{t(`common:roles.${member.role}`)}</td>
                <td>{format.day(member.joinedAt)}</td>
                {canManage && (
                  <td>
                    {canAct(member) && (
                      <div className="actions compact">
                        <label className="visually-hidden" htmlFor={`role-${member.email}`}>
                          {t("changes.newRole", { email: member.email })}
                        </label>
                        <select
                          id={`role-${member.email}`}
                          value={picked}
                          onChange={(event) =>
                            setChosen((previous) => ({ ...previous, [member.email]: event.target.value as Role }))
                          }
                        >
                          {roles
                            .filter((option) => owner || option !== "owner")
                            .map((option) => (
                              <option key={option} value={option}>
                                {t(`common:roles.${option}`)}
                              </option>
                            ))}
                        </select>
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t("changes.changeRoleLabel", { email: member.email })}
                          aria-disabled={picked === member.role || changeRole.isPending}
                          onClick={() => {
                            if (picked === member.role || changeRole.isPending) return;
                            start();
                            changeRole.mutate(
                              { email: member.email, role: picked },
                              handlers(
                                t("changes.roleChanged", {
                                  email: member.email,
                                  role: t(`common:roles.${picked}`),
                                }),
                              ),
                            );
                          }}
                        >
                          {t("changes.changeRole")}
                        </button>
                        {owner && member.role !== "owner" && (
                          <ConfirmButton
                            label={t("changes.transfer")}
                            labelFor={t("changes.transferLabel", { email: member.email })}
                            question={t("changes.transferQuestion", { email: member.email })}
                            confirm={t("changes.transferConfirm")}
                            cancel={t("changes.cancel")}
                            pending={transfer.isPending}
                            onConfirm={() => {
                              start();
                              transfer.mutate(
                                { email: member.email },
                                {
                                  ...handlers(t("changes.transferred", { email: member.email })),
                                  // The console's menus follow the role: now an administrator.
                                  onSettled: () =>
                                    void queryClient.invalidateQueries(trpc.platform.memberships.queryFilter()),
                                },
                              );
                            }}
                          />
                        )}
                        <ConfirmButton
                          label={t("changes.remove")}
                          labelFor={t("changes.removeLabel", { email: member.email })}
                          question={t("changes.removeQuestion", { email: member.email })}
                          confirm={t("changes.removeConfirm")}
                          cancel={t("changes.cancel")}
                          pending={remove.isPending}
                          onConfirm={() => {
                            start();
                            remove.mutate(
                              { email: member.email },
                              handlers(t("changes.removed", { email: member.email })),
                            );
                          }}
                        />
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ActionStatus status={status} error={error} />

      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading">{t("changes.leaveHeading")}</h2>
        <p>{t(myRole === "owner" ? "changes.leaveOwner" : "changes.leaveIntro")}</p>
        <ConfirmButton
          label={t("changes.leave")}
          question={t("changes.leaveQuestion")}
          confirm={t("changes.leaveConfirm")}
          cancel={t("changes.cancel")}
          pending={leave.isPending}
          onConfirm={() => {
            start();
            leave.mutate(undefined, {
              onSuccess: () => {
                void queryClient.invalidateQueries(trpc.platform.memberships.queryFilter());
                navigate("/console", { replace: true });
              },
              onError: (failure) => setError(errorInfo(failure).message),
            });
          }}
        />
      </section>
    </>
  );
}
