import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { isolate } from "../help/format";
import { HelpFailure } from "../help/SignInPrompt";
import { useEmployer } from "./useEmployer";

/** The people who act for the employer; its owner adds colleagues, who sign in with their own code. */
export function PeoplePage() {
  const { t } = useTranslation("employers");
  const title = t("people.title");
  usePageTitle(title);
  const me = useEmployer();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.employerSpace.people.queryOptions());
  const add = useMutation(trpc.employerSpace.addPerson.mutationOptions());
  const [email, setEmail] = useState("");
  const [added, setAdded] = useState<string>();
  const { errors, show, showFailure, clearing } = useFieldErrors(["email", "form"]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setAdded(undefined);
    if (!email.trim()) return void show({ email: t("referrals.errors.email") });
    try {
      await add.mutateAsync({ email });
      setAdded(t("people.added", { email: isolate(email) }));
      setEmail("");
      await queryClient.invalidateQueries({ queryKey: trpc.employerSpace.people.queryKey() });
    } catch (error) {
      if (errorInfo(error).reason === "contact_taken") show({ email: t("join.errors.taken") });
      else showFailure(error);
    }
  }

  return (
    <>
      <h1>{title}</h1>
      {people.isPending ? (
        <Loading />
      ) : people.error ? (
        <HelpFailure retry={() => people.refetch()} />
      ) : (
        <ul className="people">
          {people.data.map((person) => (
            <li key={person.email}>
              <span dir="ltr">{person.email}</span> <span className="badge">{t(`people.role.${person.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {me.role === "owner" ? (
        <form className="form" noValidate onSubmit={send}>
          <TextField
            id="email"
            type="email"
            label={t("people.email")}
            hint={t("people.emailHint")}
            value={email}
            onChange={clearing(setEmail)}
            errors={errors}
            maxLength={254}
            dir="ltr"
            required
          />
          <FormEnd submit={t("people.add")} pending={add.isPending} status={added ?? ""} errors={errors} />
        </form>
      ) : (
        <p>{t("people.ownerOnly")}</p>
      )}
    </>
  );
}
