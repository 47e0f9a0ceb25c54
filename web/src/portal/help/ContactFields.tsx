import type { Language } from "@escale/core/languages";
import { useTranslation } from "react-i18next";
import { languageName } from "../../languages";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import type { IntakePart } from "./intakeEdit";

export function ContactFields({
  draft,
  edit,
  errors,
  languages,
  language,
}: IntakePart & { languages: Language[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("help.contact.legend")}</legend>
      <TextField
        id="contact.name"
        label={t("help.contact.name")}
        value={draft.name}
        onChange={(name) => edit("contact.name", { name })}
        required
        maxLength={120}
        autoComplete="name"
        errors={errors}
      />
      <TextField
        id="contact.email"
        label={t("help.contact.email")}
        hint={t("help.contact.emailHint")}
        type="email"
        value={draft.email}
        onChange={(email) => edit("contact.email", { email })}
        required
        autoComplete="email"
        errors={errors}
      />
      <TextField
        id="contact.phone"
        label={t("help.contact.phone")}
        type="tel"
        value={draft.phone}
        onChange={(phone) => edit("contact.phone", { phone })}
        maxLength={30}
        autoComplete="tel"
        errors={errors}
      />
      <SelectField
        id="contact.language"
        label={t("help.contact.language")}
        hint={t("help.contact.languageHint")}
        choices={languages.map((code) => ({ value: code, label: languageName(code), lang: code }))}
        value={language}
        onChange={(language) => edit("contact.language", { language })}
        errors={errors}
      />
    </fieldset>
  );
}
