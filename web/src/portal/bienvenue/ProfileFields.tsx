import { type Language, languageCodes, languages } from "@escale/core/languages";
import { useTranslation } from "react-i18next";
import { CheckboxesField } from "../../ui/CheckboxesField";
import type { FieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { inLanguage } from "../language";
import type { ProfileDraft } from "./profileDraft";

type Interest = { id: string; label: Partial<Record<string, string>> };

/** Household, languages, interests, commune and arrival: what the programme suggests events and buddies by. */
export function ProfileFields({
  draft,
  edit,
  errors,
  interests,
  offered,
  defaultLanguage,
}: {
  draft: ProfileDraft;
  edit: (field: string, patch: Partial<ProfileDraft>) => void;
  errors: FieldErrors;
  interests: Interest[];
  /** The territory's portal languages: the e-mails can be in one of them. */
  offered: Language[];
  defaultLanguage: string;
}) {
  const { t, i18n } = useTranslation("bienvenue");
  const own = (code: Language) => ({ value: code, label: languages[code].name, lang: code });
  return (
    <>
      <TextField
        id="name"
        label={t("form.name")}
        autoComplete="name"
        maxLength={120}
        required
        value={draft.name}
        onChange={(name) => edit("name", { name })}
        errors={errors}
      />
      <SelectField
        id="language"
        label={t("form.language")}
        hint={t("form.languageHint")}
        choices={offered.map(own)}
        value={draft.language}
        onChange={(language) => edit("language", { language })}
        errors={errors}
      />
      <CheckboxesField
        id="languagesSpoken"
        legend={t("form.languagesSpoken")}
        choices={languageCodes.map(own)}
        checked={draft.languagesSpoken}
        onChange={(languagesSpoken) => edit("languagesSpoken", { languagesSpoken })}
        errors={errors}
      />
      <fieldset>
        <legend>{t("form.household")}</legend>
        <TextField
          id="household.adults"
          label={t("form.adults")}
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          required
          value={draft.adults}
          onChange={(adults) => edit("household.adults", { adults })}
          errors={errors}
        />
        <TextField
          id="household.children"
          label={t("form.children")}
          type="number"
          inputMode="numeric"
          min={0}
          max={15}
          value={draft.children}
          onChange={(children) => edit("household.children", { children })}
          errors={errors}
        />
      </fieldset>
      {interests.length > 0 && (
        <CheckboxesField
          id="interests"
          legend={t("form.interests")}
          hint={t("form.interestsHint")}
          choices={interests.map((interest) => {
            const label = inLanguage(interest.label as Record<string, string>, i18n.language, defaultLanguage);
            return { value: interest.id, label: label?.text ?? interest.id, lang: label?.lang };
          })}
          checked={draft.interests}
          onChange={(chosen) => edit("interests", { interests: chosen })}
          errors={errors}
        />
      )}
      <TextField
        id="commune"
        label={t("form.commune")}
        autoComplete="address-level2"
        maxLength={120}
        value={draft.commune}
        onChange={(commune) => edit("commune", { commune })}
        errors={errors}
      />
      <TextField
        id="arrivalDate"
        label={t("form.arrivalDate")}
        type="date"
        value={draft.arrivalDate}
        onChange={(arrivalDate) => edit("arrivalDate", { arrivalDate })}
        errors={errors}
      />
    </>
  );
}
