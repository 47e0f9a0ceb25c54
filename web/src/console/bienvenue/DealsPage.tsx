import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { today, useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage, inLanguage, useTenantLanguages } from "./BienvenuePage";

const categories = [
  "food",
  "culture",
  "sport",
  "leisure",
  "shopping",
  "services",
  "mobility",
  "health",
  "other",
] as const;

/** Bons plans: partners and their deals, with how many were taken and redeemed, and redeeming at the desk. */
export function DealsPage() {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const format = useFormat();
  const { defaultLanguage } = useTenantLanguages();
  const partners = useQuery(trpc.deals.partners.queryOptions());
  const deals = useQuery(trpc.deals.list.queryOptions());
  const totals = new Map<string, { taken: number; redeemed: number }>();
  for (const deal of deals.data ?? []) {
    const sum = totals.get(deal.partnerId) ?? { taken: 0, redeemed: 0 };
    totals.set(deal.partnerId, { taken: sum.taken + deal.taken, redeemed: sum.redeemed + deal.redeemed });
  }
  return (
    <BienvenuePage title={t("deals.title")} intro={t("deals.intro")}>
      <Redeem />
      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">{t("deals.partners")}</h2>
        {partners.isPending ? (
          <Loading />
        ) : partners.error ? (
          <QueryFailure error={partners.error} retry={() => partners.refetch()} />
        ) : partners.data.length === 0 ? (
          <p>{t("deals.noPartners")}</p>
        ) : (
          <table>
            <caption>{t("deals.partnersCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("deals.partner")}</th>
                <th scope="col">{t("deals.category")}</th>
                <th scope="col">{t("deals.taken")}</th>
                <th scope="col">{t("deals.redeemed")}</th>
                <th scope="col">{t("deals.link")}</th>
              </tr>
            </thead>
            <tbody>
              {partners.data.map((partner) => (
                <tr key={partner.partnerId}>
                  <th scope="row">{partner.name}</th>
                  <td>{t(`deals.categories.${partner.category}`)}</td>
                  <td>{format.number(totals.get(partner.partnerId)?.taken ?? 0)}</td>
                  <td>{format.number(totals.get(partner.partnerId)?.redeemed ?? 0)}</td>
                  <td>
                    <PartnerLink partnerId={partner.partnerId} name={partner.name} email={partner.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <NewPartner />
      </section>
      <section aria-labelledby="deals-heading">
        <h2 id="deals-heading">{t("deals.deals")}</h2>
        {deals.isPending ? (
          <Loading />
        ) : deals.error ? (
          <QueryFailure error={deals.error} retry={() => deals.refetch()} />
        ) : deals.data.length === 0 ? (
          <p>{t("deals.noDeals")}</p>
        ) : (
          <table>
            <caption>{t("deals.dealsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("deals.deal")}</th>
                <th scope="col">{t("deals.partner")}</th>
                <th scope="col">{t("deals.valid")}</th>
                <th scope="col">{t("deals.taken")}</th>
                <th scope="col">{t("deals.redeemed")}</th>
                <th scope="col">{t("deals.stock")}</th>
              </tr>
            </thead>
            <tbody>
              {deals.data.map((deal) => (
                <tr key={deal.dealId}>
                  <th scope="row">
                    {inLanguage(
                      Object.fromEntries(
                        Object.entries(deal.translations as Record<string, { title: string }>).map(([code, text]) => [
                          code,
                          text.title,
                        ]),
                      ),
                      i18n.language,
                      defaultLanguage,
                    )}
                  </th>
                  <td>{deal.partnerName}</td>
                  <td>{t("deals.from", { from: format.day(deal.validFrom), until: format.day(deal.validUntil) })}</td>
                  <td>{format.number(deal.taken)}</td>
                  <td>{format.number(deal.redeemed)}</td>
                  <td>{deal.stock === null ? t("deals.unlimited") : format.number(deal.stock)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {partners.data && partners.data.length > 0 && <NewDeal partners={partners.data} />}
      </section>
    </BienvenuePage>
  );
}

/** The partner's own redemption page, e-mailed to its contact; renewing revokes older links. */
function PartnerLink({ partnerId, name, email }: { partnerId: string; name: string; email: string }) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const link = useMutation(trpc.deals.partnerLink.mutationOptions());
  const [said, setSaid] = useState("");
  const send = async (renew: boolean) => {
    try {
      await link.mutateAsync({ partnerId, send: true, renew });
      setSaid(t("deals.linkSent", { email }));
    } catch (error) {
      setSaid(errorInfo(error).message);
    }
  };
  return (
    <div className="actions compact">
      <button
        type="button"
        className="secondary small"
        aria-label={t("deals.sendLinkTo", { name })}
        onClick={() => send(false)}
      >
        {t("deals.sendLink")}
      </button>
      <button
        type="button"
        className="secondary small"
        aria-label={t("deals.renewLinkOf", { name })}
        onClick={() => send(true)}
      >
        {t("deals.renewLink")}
      </button>
      <p role="status" className="status">
        {said}
      </p>
    </div>
  );
}

function NewPartner() {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.deals.createPartner.mutationOptions());
  const [partner, setPartner] = useState({ name: "", email: "", category: "food" as (typeof categories)[number] });
  const [status, setStatus] = useState("");
  const { errors, showFailure, clearing } = useFieldErrors(["name", "email", "category"]);
  const set = clearing((patch: Partial<typeof partner>) => setPartner((current) => ({ ...current, ...patch })));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    try {
      await create.mutateAsync(partner);
      setStatus(t("deals.partnerAdded", { name: partner.name }));
      setPartner({ name: "", email: "", category: "food" });
      await queryClient.invalidateQueries(trpc.deals.pathFilter());
    } catch (error) {
      showFailure(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-partner-heading">
      <h3 id="new-partner-heading">{t("deals.newPartner")}</h3>
      <TextField
        id="name"
        label={t("deals.partnerName")}
        maxLength={120}
        value={partner.name}
        onChange={(name) => set({ name })}
        required
        errors={errors}
      />
      <TextField
        id="email"
        type="email"
        label={t("deals.partnerEmail")}
        maxLength={254}
        value={partner.email}
        onChange={(email) => set({ email })}
        required
        errors={errors}
      />
      <SelectField
        id="category"
        label={t("deals.category")}
        value={partner.category}
        onChange={(category) => set({ category })}
        choices={categories.map((value) => ({ value, label: t(`deals.categories.${value}`) }))}
        errors={errors}
      />
      <FormEnd submit={t("deals.addPartner")} pending={create.isPending} status={status} errors={errors} />
    </form>
  );
}

function NewDeal({ partners }: { partners: { partnerId: string; name: string }[] }) {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { defaultLanguage } = useTenantLanguages();
  const create = useMutation(trpc.deals.create.mutationOptions());
  const blank = {
    partnerId: partners[0]?.partnerId ?? "",
    title: "",
    conditions: "",
    validFrom: today(),
    validUntil: "",
    limitPerPerson: "1",
    stock: "",
  };
  const [deal, setDeal] = useState(blank);
  const [status, setStatus] = useState("");
  const titleField = `translations.${defaultLanguage}`;
  const { errors, showFailure, clearing } = useFieldErrors([
    "partnerId",
    titleField,
    "validFrom",
    "validUntil",
    "limitPerPerson",
    "stock",
  ]);
  const set = clearing((patch: Partial<typeof deal>) => setDeal((current) => ({ ...current, ...patch })));
  const language = languageNameIn(defaultLanguage, i18n.language);
  const inLanguage = { lang: defaultLanguage, dir: direction(defaultLanguage) } as const;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    try {
      await create.mutateAsync({
        partnerId: deal.partnerId,
        translations: { [defaultLanguage]: { title: deal.title, conditions: deal.conditions } },
        validFrom: deal.validFrom,
        validUntil: deal.validUntil,
        limitPerPerson: Number(deal.limitPerPerson),
        stock: deal.stock.trim() ? Number(deal.stock) : null,
      });
      setStatus(t("deals.dealAdded", { title: deal.title }));
      setDeal(blank);
      await queryClient.invalidateQueries(trpc.deals.pathFilter());
    } catch (error) {
      showFailure(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-deal-heading">
      <h3 id="new-deal-heading">{t("deals.newDeal")}</h3>
      <SelectField
        id="partnerId"
        label={t("deals.partner")}
        value={deal.partnerId}
        onChange={(partnerId) => set({ partnerId })}
        choices={partners.map((partner) => ({ value: partner.partnerId, label: partner.name }))}
        errors={errors}
      />
      <TextField
        id={titleField}
        label={t("deals.dealTitle", { language })}
        maxLength={120}
        value={deal.title}
        onChange={(title) => set({ title })}
        required
        errors={errors}
        {...inLanguage}
      />
      <TextField
        id="conditions"
        label={t("deals.conditions", { language })}
        rows={3}
        maxLength={1000}
        value={deal.conditions}
        onChange={(conditions) => set({ conditions })}
        errors={errors}
        {...inLanguage}
      />
      <TextField
        id="validFrom"
        type="date"
        label={t("deals.validFrom")}
        value={deal.validFrom}
        onChange={(validFrom) => set({ validFrom })}
        required
        errors={errors}
      />
      <TextField
        id="validUntil"
        type="date"
        label={t("deals.validUntil")}
        value={deal.validUntil}
        onChange={(validUntil) => set({ validUntil })}
        required
        errors={errors}
      />
      <TextField
        id="limitPerPerson"
        type="number"
        label={t("deals.limitPerPerson")}
        min={1}
        max={50}
        value={deal.limitPerPerson}
        onChange={(limitPerPerson) => set({ limitPerPerson })}
        errors={errors}
      />
      <TextField
        id="stock"
        type="number"
        label={t("deals.stockField")}
        hint={t("deals.stockHint")}
        min={1}
        value={deal.stock}
        onChange={(stock) => set({ stock })}
        errors={errors}
      />
      <FormEnd submit={t("deals.addDeal")} pending={create.isPending} status={status} errors={errors} />
    </form>
  );
}

/** At the desk: staff redeem a code an enrolee shows, once. */
function Redeem() {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const redeem = useMutation(trpc.deals.redeem.mutationOptions());
  const [code, setCode] = useState("");
  const [status, setStatus] = useState("");
  const { errors, showFailure, clearing } = useFieldErrors(["code"]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (redeem.isPending) return;
    try {
      await redeem.mutateAsync({ code });
      setStatus(t("deals.redeemedStatus", { code: code.toUpperCase() }));
      setCode("");
      await queryClient.invalidateQueries(trpc.deals.pathFilter());
    } catch (error) {
      showFailure(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="redeem-heading">
      <h2 id="redeem-heading">{t("deals.redeem")}</h2>
      <TextField
        id="code"
        label={t("deals.code")}
        hint={t("deals.codeHint")}
        maxLength={12}
        autoCapitalize="characters"
        value={code}
        onChange={clearing(setCode)}
        errors={errors}
      />
      <FormEnd submit={t("deals.redeemSubmit")} pending={redeem.isPending} status={status} errors={errors} />
    </form>
  );
}
