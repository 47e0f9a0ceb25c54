import { type Language, languageCodes, languages } from "@escale/core/languages";
import { CheckboxesField } from "./CheckboxesField";
import type { FieldErrors } from "./fieldErrors";
import { SelectField } from "./SelectField";

/** The server's rule for a tenant's languages, checked before asking it. */
export function languagesProblem(enabled: readonly Language[], defaultLanguage: Language): string | undefined {
  if (enabled.length === 0) return "Enable at least one language.";
  if (!enabled.includes(defaultLanguage)) return "The default language must be one of the enabled languages.";
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
  return (
    <CheckboxesField
      id="languages"
      legend="Languages"
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
  return (
    <SelectField
      id="defaultLanguage"
      label="Default language"
      choices={choices}
      value={value}
      onChange={onChange}
      errors={errors}
    />
  );
}
