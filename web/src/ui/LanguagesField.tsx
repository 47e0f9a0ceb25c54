import { type Language, languageCodes, languages } from "@escale/core/languages";
import { useTranslation } from "react-i18next";
import { CheckboxesField } from "./CheckboxesField";
import type { FieldErrors } from "./fieldErrors";
import { SelectField } from "./SelectField";

/** The server's rule for a tenant's languages, checked before asking it: the message's key in `common`. */
export function languagesProblem(enabled: readonly Language[], defaultLanguage: Language): string | undefined {
  if (enabled.length === 0) return "languagesField.noneEnabled";
  if (!enabled.includes(defaultLanguage)) return "languagesField.defaultNotEnabled";
  return undefined;
}

/** Each language in its own name, marked so screen readers pronounce it right. */
const choices = languageCodes.map((code) => ({ value: code, label: languages[code].name, lang: code }));

/** The languages a tenant enables, one checkbox each, in the catalogue's order. Field "languages". */
export function LanguagesField({
  enabled,
  onChange,
  errors,
}: {
  enabled: readonly Language[];
  onChange: (enabled: Language[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation("common");
  return (
    <CheckboxesField
      id="languages"
      legend={t("languagesField.legend")}
      choices={choices}
      checked={enabled}
      onChange={onChange}
      errors={errors}
    />
  );
}

/** The language newcomers first see the portal in. Field "defaultLanguage". */
export function DefaultLanguageField({
  value,
  onChange,
  errors,
}: {
  value: Language;
  onChange: (language: Language) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation("common");
  return (
    <SelectField
      id="defaultLanguage"
      label={t("languagesField.defaultLanguage")}
      choices={choices}
      value={value}
      onChange={onChange}
      errors={errors}
    />
  );
}
