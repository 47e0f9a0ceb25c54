import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { direction, languageNameIn } from "../../languages";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useTenantLanguages } from "./BienvenuePage";

type PerLanguage = Record<string, string>;

/** The event as the form holds it: Paris wall-clock times as typed, empty strings for "none". */
export type EventDraft = {
  title: PerLanguage;
  description: PerLanguage;
  accessibility: PerLanguage;
  where: "place" | "online";
  place: string;
  onlineUrl: string;
  starts: string;
  ends: string;
  capacity: string;
  maxSeatsPerRegistration: string;
  opens: string;
  closes: string;
  audience: "all" | "cohort" | "interest";
  cohort: string;
  interest: string;
  promotion: "auto" | "offer";
};

export const emptyEvent: EventDraft = {
  title: {},
  description: {},
  accessibility: {},
  where: "place",
  place: "",
  onlineUrl: "",
  starts: "",
  ends: "",
  capacity: "30",
  maxSeatsPerRegistration: "6",
  opens: "",
  closes: "",
  audience: "all",
  cohort: "",
  interest: "",
  promotion: "auto",
};

const filled = (texts: PerLanguage) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim()));
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** What the API takes from the draft. */
export function eventInput(draft: EventDraft) {
  return {
    title: filled(draft.title),
    description: filled(draft.description),
    accessibility: filled(draft.accessibility),
    place: draft.where === "place" ? optional(draft.place) : undefined,
    onlineUrl: draft.where === "online" ? optional(draft.onlineUrl) : undefined,
    starts: draft.starts,
    ends: optional(draft.ends),
    capacity: Number(draft.capacity),
    maxSeatsPerRegistration: Number(draft.maxSeatsPerRegistration),
    opens: optional(draft.opens),
    closes: optional(draft.closes),
    audience:
      draft.audience === "cohort"
        ? { kind: "cohort" as const, cohort: draft.cohort }
        : draft.audience === "interest"
          ? { kind: "interest" as const, interest: draft.interest }
          : { kind: "all" as const },
    promotion: draft.promotion,
  };
}

const order = [
  "title",
  "starts",
  "ends",
  "place",
  "onlineUrl",
  "capacity",
  "maxSeatsPerRegistration",
  "opens",
  "closes",
  "audience",
];

/** Creates or edits an event: texts per language, place or link, Paris times, seats, window, audience. */
export function EventForm({
  initial,
  submit,
  pending,
  status,
  onSubmit,
}: {
  initial: EventDraft;
  submit: string;
  pending: boolean;
  status?: string;
  onSubmit: (draft: EventDraft) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation("bienvenue");
  const { languages } = useTenantLanguages();
  const [draft, setDraft] = useState(initial);
  const { errors, showFailure, clearing } = useFieldErrors(order);
  const set = clearing((patch: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...patch })));
  const setText = (field: "title" | "description" | "accessibility", language: string) => (text: string) =>
    set({ [field]: { ...draft[field], [language]: text } });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    try {
      await onSubmit(draft);
    } catch (error) {
      showFailure(error);
    }
  }

  return (
    <form onSubmit={save} noValidate>
      {languages.map((language) => {
        const name = languageNameIn(language, i18n.language);
        const inLanguage = { lang: language, dir: direction(language) } as const;
        return (
          <fieldset key={language}>
            <legend>{t("eventForm.inLanguage", { language: name })}</legend>
            <TextField
              id={language === languages[0] ? "title" : `title.${language}`}
              label={t("eventForm.title", { language: name })}
              maxLength={200}
              value={draft.title[language] ?? ""}
              onChange={setText("title", language)}
              errors={errors}
              {...inLanguage}
            />
            <TextField
              id={`description.${language}`}
              label={t("eventForm.description", { language: name })}
              rows={4}
              maxLength={4000}
              value={draft.description[language] ?? ""}
              onChange={setText("description", language)}
              errors={errors}
              {...inLanguage}
            />
            <TextField
              id={`accessibility.${language}`}
              label={t("eventForm.accessibility", { language: name })}
              hint={t("eventForm.accessibilityHint")}
              rows={2}
              maxLength={1000}
              value={draft.accessibility[language] ?? ""}
              onChange={setText("accessibility", language)}
              errors={errors}
              {...inLanguage}
            />
          </fieldset>
        );
      })}
      <SelectField
        id="where"
        label={t("eventForm.where")}
        value={draft.where}
        onChange={(where) => set({ where: where })}
        choices={[
          { value: "place", label: t("eventForm.atPlace") },
          { value: "online", label: t("eventForm.online") },
        ]}
        errors={errors}
      />
      {draft.where === "place" ? (
        <TextField
          id="place"
          label={t("eventForm.place")}
          maxLength={300}
          value={draft.place}
          onChange={(place) => set({ place })}
          errors={errors}
        />
      ) : (
        <TextField
          id="onlineUrl"
          label={t("eventForm.onlineUrl")}
          maxLength={500}
          value={draft.onlineUrl}
          onChange={(onlineUrl) => set({ onlineUrl })}
          errors={errors}
        />
      )}
      <TextField
        id="starts"
        type="datetime-local"
        label={t("eventForm.starts")}
        hint={t("eventForm.parisTime")}
        value={draft.starts}
        onChange={(starts) => set({ starts })}
        required
        errors={errors}
      />
      <TextField
        id="ends"
        type="datetime-local"
        label={t("eventForm.ends")}
        hint={t("eventForm.endsHint")}
        value={draft.ends}
        onChange={(ends) => set({ ends })}
        errors={errors}
      />
      <TextField
        id="capacity"
        type="number"
        label={t("eventForm.capacity")}
        min={1}
        value={draft.capacity}
        onChange={(capacity) => set({ capacity })}
        required
        errors={errors}
      />
      <TextField
        id="maxSeatsPerRegistration"
        type="number"
        label={t("eventForm.maxSeats")}
        hint={t("eventForm.maxSeatsHint")}
        min={1}
        max={20}
        value={draft.maxSeatsPerRegistration}
        onChange={(maxSeatsPerRegistration) => set({ maxSeatsPerRegistration })}
        errors={errors}
      />
      <fieldset>
        <legend>{t("eventForm.window")}</legend>
        <p className="hint">{t("eventForm.windowHint")}</p>
        <TextField
          id="opens"
          type="datetime-local"
          label={t("eventForm.opens")}
          value={draft.opens}
          onChange={(opens) => set({ opens })}
          errors={errors}
        />
        <TextField
          id="closes"
          type="datetime-local"
          label={t("eventForm.closes")}
          value={draft.closes}
          onChange={(closes) => set({ closes })}
          errors={errors}
        />
        <button type="button" className="secondary" onClick={() => set({ opens: "", closes: "" })}>
          {t("eventForm.clearWindow")}
        </button>
      </fieldset>
      <SelectField
        id="audience"
        label={t("eventForm.audience")}
        value={draft.audience}
        onChange={(audience) => set({ audience: audience })}
        choices={[
          { value: "all", label: t("eventForm.audienceAll") },
          { value: "cohort", label: t("eventForm.audienceCohort") },
          { value: "interest", label: t("eventForm.audienceInterest") },
        ]}
        errors={errors}
      />
      {draft.audience === "cohort" && (
        <TextField
          id="cohort"
          type="month"
          label={t("eventForm.cohort")}
          value={draft.cohort}
          onChange={(cohort) => set({ cohort })}
          errors={errors}
        />
      )}
      {draft.audience === "interest" && (
        <TextField
          id="interest"
          label={t("eventForm.interest")}
          maxLength={40}
          value={draft.interest}
          onChange={(interest) => set({ interest })}
          errors={errors}
        />
      )}
      <SelectField
        id="promotion"
        label={t("eventForm.promotion")}
        value={draft.promotion}
        onChange={(promotion) => set({ promotion: promotion })}
        choices={[
          { value: "auto", label: t("eventForm.promotionAuto") },
          { value: "offer", label: t("eventForm.promotionOffer") },
        ]}
        errors={errors}
      />
      <FormEnd submit={submit} pending={pending} status={status} errors={errors} />
    </form>
  );
}
