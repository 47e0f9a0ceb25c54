import { type Language, languageCodes, languages } from "@escale/core/languages";
import { describe, FieldError, type FieldErrors } from "./fieldErrors";

/** The server's rule for a tenant's languages, checked before asking it. */
export function languagesProblem(enabled: readonly Language[], defaultLanguage: Language): string | undefined {
  if (enabled.length === 0) return "Enable at least one language.";
  if (!enabled.includes(defaultLanguage)) return "The default language must be one of the enabled languages.";
  return undefined;
}

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
  function toggle(code: Language, on: boolean) {
    onChange(on ? [...enabled, code] : enabled.filter((language) => language !== code));
  }

  return (
    <fieldset id="languages" tabIndex={-1} {...describe(errors, "languages")}>
      <legend>Languages</legend>
      <div className="checks">
        {languageCodes.map((code) => (
          <div key={code} className="check">
            <input
              type="checkbox"
              id={`language-${code}`}
              checked={enabled.includes(code)}
              onChange={(event) => toggle(code, event.target.checked)}
            />
            <label htmlFor={`language-${code}`} lang={code}>
              {languages[code].name}
            </label>
          </div>
        ))}
      </div>
      <FieldError errors={errors} field="languages" />
    </fieldset>
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
    <div className="field">
      <label htmlFor="defaultLanguage">Default language</label>
      <select
        id="defaultLanguage"
        value={value}
        onChange={(event) => onChange(event.target.value as Language)}
        {...describe(errors, "defaultLanguage")}
      >
        {languageCodes.map((code) => (
          <option key={code} value={code} lang={code}>
            {languages[code].name}
          </option>
        ))}
      </select>
      <FieldError errors={errors} field="defaultLanguage" />
    </div>
  );
}
