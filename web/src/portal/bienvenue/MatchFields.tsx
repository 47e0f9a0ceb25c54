import { type Language, languageCodes, languages } from "@escale/core/languages";
import { useTranslation } from "react-i18next";
import { CheckboxesField } from "../../ui/CheckboxesField";
import type { FieldErrors } from "../../ui/fieldErrors";
import { RadiosField } from "../../ui/RadiosField";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { inLanguage } from "../language";

export const households = ["single", "couple", "family"] as const;
export type Household = (typeof households)[number];

/** What buddy matching reads, for an ambassador and a newcomer alike. */
export type MatchDraft = {
  name: string;
  language: Language;
  spoken: Language[];
  /** Other languages, as codes ("ro, tr"): ambassadors may speak any. */
  otherLanguages: string;
  commune: string;
  interests: string[];
  household: Household | undefined;
};

export const matchFieldOrder = ["name", "language", "languages", "commune", "interests", "household"];

export function otherCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

/** The errors the server would give, before asking it: message keys of the `bienvenue` namespace. */
export function matchProblems(draft: MatchDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.name.trim()) problems.name = "form.errors.name";
  const others = otherCodes(draft.otherLanguages);
  if (others.some((code) => !/^[a-z]{2,3}$/.test(code))) problems.languages = "match.errors.codes";
  else if (draft.spoken.length + others.length === 0) problems.languages = "match.errors.languages";
  if (!draft.commune.trim()) problems.commune = "match.errors.commune";
  if (!draft.household) problems.household = "match.errors.household";
  return problems;
}

export function matchInput(draft: MatchDraft) {
  return {
    name: draft.name.trim(),
    language: draft.language,
    languages: [...new Set([...draft.spoken, ...otherCodes(draft.otherLanguages)])].slice(0, 12),
    commune: draft.commune.trim(),
    interests: draft.interests,
    household: draft.household ?? "single",
  };
}

export function MatchFields({
  draft,
  edit,
  errors,
  interests,
  offered,
  defaultLanguage,
}: {
  draft: MatchDraft;
  edit: (field: string, patch: Partial<MatchDraft>) => void;
  errors: FieldErrors;
  interests: { id: string; label: Partial<Record<string, string>> }[];
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
        id="languages"
        legend={t("form.languagesSpoken")}
        choices={languageCodes.map(own)}
        checked={draft.spoken}
        onChange={(spoken) => edit("languages", { spoken })}
        errors={errors}
      />
      <TextField
        id="otherLanguages"
        label={t("match.otherLanguages")}
        hint={t("match.otherLanguagesHint")}
        maxLength={60}
        dir="ltr"
        value={draft.otherLanguages}
        onChange={(otherLanguages) => edit("languages", { otherLanguages })}
        errors={errors}
      />
      <TextField
        id="commune"
        label={t("match.commune")}
        autoComplete="address-level2"
        maxLength={120}
        required
        value={draft.commune}
        onChange={(commune) => edit("commune", { commune })}
        errors={errors}
      />
      {interests.length > 0 && (
        <CheckboxesField
          id="interests"
          legend={t("form.interests")}
          choices={interests.map((interest) => {
            const label = inLanguage(interest.label as Record<string, string>, i18n.language, defaultLanguage);
            return { value: interest.id, label: label?.text ?? interest.id, lang: label?.lang };
          })}
          checked={draft.interests}
          onChange={(chosen) => edit("interests", { interests: chosen })}
          errors={errors}
        />
      )}
      <RadiosField
        id="household"
        legend={t("match.household")}
        choices={households.map((value) => ({ value, label: t(`match.households.${value}`) }))}
        value={draft.household}
        onChange={(household) => edit("household", { household })}
        errors={errors}
      />
    </>
  );
}
