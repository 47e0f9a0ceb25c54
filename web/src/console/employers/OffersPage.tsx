import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { EmployersSection } from "./EmployersSection";
import { employerRights } from "./rights";
import type { Offer } from "./types";

/** What territories sell employers: each offer becomes a Product with its Prices on the territory's Stripe account. */
export function OffersPage() {
  const { t, i18n } = useTranslation("employers-console");
  const format = useFormat();
  const trpc = useTRPC();
  const { role } = useMembership();
  const offers = useQuery(trpc.employersConsole.offers.queryOptions());
  const settings = useQuery(trpc.console.settings.queryOptions());
  const [editing, setEditing] = useState<Offer | "new" | undefined>();
  const [status, setStatus] = useState("");
  const canManage = employerRights(role).manage;
  const euros = (value: number | null) =>
    value === null ? "–" : new Intl.NumberFormat(format.locale, { style: "currency", currency: "EUR" }).format(value);

  return (
    <EmployersSection title={t("offers.title")} intro={t("offers.intro")}>
      {!canManage && <ReadOnlyNote role={role} what={t("offers.what")} />}
      <p role="status" className="status">
        {status}
      </p>
      {!offers.data || !settings.data ? (
        <QueriesPending queries={[offers, settings]} />
      ) : (
        <>
          {offers.data.length === 0 ? (
            <p>{t("offers.none")}</p>
          ) : (
            <table>
              <caption>{t("offers.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("offers.name")}</th>
                  <th scope="col">{t("offers.monthly")}</th>
                  <th scope="col">{t("offers.yearly")}</th>
                  <th scope="col">{t("offers.included")}</th>
                  <th scope="col">{t("offers.state")}</th>
                  {canManage && <th scope="col">{t("offers.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {offers.data.map((offer) => (
                  <tr key={offer.id}>
                    <th scope="row">
                      {offer.name[settings.data.tenant.defaultLanguage] ?? Object.values(offer.name)[0]}
                    </th>
                    <td>{euros(offer.monthlyEur)}</td>
                    <td>{euros(offer.yearlyEur)}</td>
                    <td>
                      {t("offers.includedSummary", {
                        referrals: offer.included.referralsPerYear,
                        jobs: offer.included.jobPostsAtOnce,
                      })}
                      {offer.included.kit && `, ${t("offers.kitIncluded")}`}
                    </td>
                    <td>{offer.active ? t("offers.active") : t("offers.inactive")}</td>
                    {canManage && (
                      <td>
                        <button type="button" className="secondary" onClick={() => setEditing(offer)}>
                          {t("offers.edit", { name: offer.name[settings.data.tenant.defaultLanguage] ?? "" })}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {canManage &&
            (editing ? (
              <OfferForm
                key={editing === "new" ? "new" : editing.id}
                offer={editing === "new" ? undefined : editing}
                languages={settings.data.tenant.languages}
                defaultLanguage={settings.data.tenant.defaultLanguage}
                readerLanguage={i18n.language}
                onDone={(message) => {
                  setEditing(undefined);
                  setStatus(message);
                }}
              />
            ) : (
              <button type="button" onClick={() => setEditing("new")}>
                {t("offers.create")}
              </button>
            ))}
        </>
      )}
    </EmployersSection>
  );
}

const amount = (text: string) => (text.trim() === "" ? undefined : Number(text.replace(",", ".")));
const count = (text: string) => Number.parseInt(text, 10);

function OfferForm({
  offer,
  languages,
  defaultLanguage,
  readerLanguage,
  onDone,
}: {
  offer?: Offer;
  languages: string[];
  defaultLanguage: string;
  readerLanguage: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation("employers-console");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.employersConsole.createOffer.mutationOptions());
  const update = useMutation(trpc.employersConsole.updateOffer.mutationOptions());
  const [name, setName] = useState<Record<string, string>>(offer?.name ?? {});
  const [description, setDescription] = useState<Record<string, string>>(offer?.description ?? {});
  const [monthly, setMonthly] = useState(offer?.monthlyEur?.toString() ?? "");
  const [yearly, setYearly] = useState(offer?.yearlyEur?.toString() ?? "");
  const [taxBehavior, setTaxBehavior] = useState<"exclusive" | "inclusive">(offer?.taxBehavior ?? "exclusive");
  const [referrals, setReferrals] = useState(String(offer?.included.referralsPerYear ?? 10));
  const [jobs, setJobs] = useState(String(offer?.included.jobPostsAtOnce ?? 3));
  const [kit, setKit] = useState(offer?.included.kit ?? true);
  const [active, setActive] = useState(offer?.active ?? true);
  const order = [
    ...languages.flatMap((language) => [`name.${language}`, `description.${language}`]),
    "monthlyEur",
    "yearlyEur",
    "referralsPerYear",
    "jobPostsAtOnce",
    "form",
  ];
  const { errors, show, showFailure, clearing } = useFieldErrors(order);
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const found: FieldErrors = {};
    if (!name[defaultLanguage]?.trim()) found[`name.${defaultLanguage}`] = t("offers.errors.name");
    const monthlyEur = amount(monthly);
    const yearlyEur = amount(yearly);
    if (monthlyEur === undefined && yearlyEur === undefined) found.monthlyEur = t("offers.errors.price");
    for (const [field, value] of [
      ["monthlyEur", monthlyEur],
      ["yearlyEur", yearlyEur],
    ] as const)
      if (value !== undefined && !(value > 0)) found[field] = t("offers.errors.amount");
    if (!(count(referrals) >= 0)) found.referralsPerYear = t("offers.errors.count");
    if (!(count(jobs) >= 0)) found.jobPostsAtOnce = t("offers.errors.count");
    if (show(found)) return;
    const texts = (record: Record<string, string>) =>
      Object.fromEntries(Object.entries(record).filter(([, text]) => text.trim() !== ""));
    const input = {
      name: texts(name),
      description: texts(description),
      monthlyEur,
      yearlyEur,
      taxBehavior,
      referralsPerYear: count(referrals),
      jobPostsAtOnce: count(jobs),
      kit,
    };
    const done = () => {
      void queryClient.invalidateQueries(trpc.employersConsole.offers.queryFilter());
      onDone(t(offer ? "offers.saved" : "offers.created", { name: input.name[defaultLanguage] }));
    };
    if (offer)
      update.mutate(
        { ...input, offerId: offer.id, active, expectedVersion: offer.version },
        { onSuccess: done, onError: showFailure },
      );
    else create.mutate(input, { onSuccess: done, onError: showFailure });
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="offer-form-heading">
      <h2 id="offer-form-heading">{offer ? t("offers.editing") : t("offers.create")}</h2>
      {offer && <p className="hint">{t("offers.priceChangeNote")}</p>}
      {languages.map((language) => (
        <fieldset key={language}>
          <legend>{languageNameIn(language, readerLanguage)}</legend>
          <TextField
            id={`name.${language}`}
            label={t("offers.nameIn")}
            value={name[language] ?? ""}
            onChange={clearing((text: string) => setName((current) => ({ ...current, [language]: text })))}
            required={language === defaultLanguage}
            maxLength={120}
            lang={language}
            errors={errors}
          />
          <TextField
            id={`description.${language}`}
            label={t("offers.descriptionIn")}
            value={description[language] ?? ""}
            onChange={clearing((text: string) => setDescription((current) => ({ ...current, [language]: text })))}
            rows={3}
            maxLength={2000}
            lang={language}
            errors={errors}
          />
        </fieldset>
      ))}
      <TextField
        id="monthlyEur"
        label={t("offers.monthlyEur")}
        hint={t("offers.priceHint")}
        inputMode="decimal"
        className="short"
        value={monthly}
        onChange={clearing(setMonthly)}
        errors={errors}
      />
      <TextField
        id="yearlyEur"
        label={t("offers.yearlyEur")}
        inputMode="decimal"
        className="short"
        value={yearly}
        onChange={clearing(setYearly)}
        errors={errors}
      />
      <SelectField
        id="taxBehavior"
        label={t("offers.taxBehavior")}
        choices={[
          { value: "exclusive", label: t("offers.taxExclusive") },
          { value: "inclusive", label: t("offers.taxInclusive") },
        ]}
        value={taxBehavior}
        onChange={setTaxBehavior}
      />
      <TextField
        id="referralsPerYear"
        label={t("offers.referralsPerYear")}
        type="number"
        min={0}
        className="short"
        value={referrals}
        onChange={clearing(setReferrals)}
        errors={errors}
      />
      <TextField
        id="jobPostsAtOnce"
        label={t("offers.jobPostsAtOnce")}
        type="number"
        min={0}
        className="short"
        value={jobs}
        onChange={clearing(setJobs)}
        errors={errors}
      />
      <CheckField id="kit" label={t("offers.kit")} checked={kit} onChange={setKit} />
      {offer && <CheckField id="active" label={t("offers.activeLabel")} checked={active} onChange={setActive} />}
      <FormEnd submit={offer ? t("offers.save") : t("offers.create")} pending={pending} errors={errors} />
    </form>
  );
}
