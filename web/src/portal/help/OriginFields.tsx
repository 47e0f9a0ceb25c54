import { frenchRegions } from "@escale/core/conciergerie/origins";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { commonCountries, otherCountry } from "./countries";
import type { IntakePart } from "./intakeEdit";

const regionChoices = Object.entries(frenchRegions).map(([value, label]) => ({ value, label, lang: "fr" }));

/** Where the household comes from and when it plans to arrive. */
export function OriginFields({ draft, edit, errors }: IntakePart) {
  const { t, i18n } = useTranslation();
  const typing = draft.country === otherCountry;
  const choices = [
    { value: "", label: t("help.origin.choose") },
    ...commonCountries(i18n.language),
    { value: otherCountry, label: t("help.origin.other") },
  ];
  return (
    <fieldset>
      <legend>{t("help.origin.legend")}</legend>
      {/* The API's "origin.country" is the list while a listed country is chosen, the code box otherwise. */}
      <SelectField
        id={typing ? "origin.country-list" : "origin.country"}
        label={t("help.origin.country")}
        choices={choices}
        value={draft.country}
        onChange={(country) => edit("origin.country", { country })}
        required
        errors={typing ? {} : errors}
      />
      {typing && (
        <TextField
          id="origin.country"
          label={t("help.origin.code")}
          hint={t("help.origin.codeHint")}
          className="short"
          maxLength={2}
          autoCapitalize="characters"
          spellCheck={false}
          value={draft.otherCountry}
          onChange={(code) => edit("origin.country", { otherCountry: code })}
          required
          errors={errors}
        />
      )}
      {draft.country === "FR" && (
        <SelectField
          id="origin.region"
          label={t("help.origin.region")}
          choices={[{ value: "", label: t("help.origin.chooseRegion") }, ...regionChoices]}
          value={draft.region}
          onChange={(region) => edit("origin.region", { region })}
          errors={errors}
        />
      )}
      <TextField
        id="origin.city"
        label={t("help.origin.city")}
        value={draft.city}
        onChange={(city) => edit("origin.city", { city })}
        maxLength={120}
        autoComplete="address-level2"
        errors={errors}
      />
      <TextField
        id="arrivalDate"
        label={t("help.origin.arrival")}
        hint={t("help.origin.arrivalHint")}
        type="date"
        className="short"
        value={draft.arrivalDate}
        onChange={(arrivalDate) => edit("arrivalDate", { arrivalDate })}
        errors={errors}
      />
    </fieldset>
  );
}
