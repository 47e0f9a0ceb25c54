import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../ui/fieldErrors";
import { RadiosField } from "../../ui/RadiosField";
import { type OfferPick, offerChoices } from "./offers";

type Offers = Parameters<typeof offerChoices>[0];

/** The territory's offers, one radio button per offer and interval, with what each includes. */
export function OfferFields({
  offers,
  fallbackLanguage,
  value,
  onChange,
  errors,
}: {
  offers: Offers;
  fallbackLanguage: string;
  value: OfferPick | undefined;
  onChange: (pick: OfferPick) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation("employers");
  return (
    <RadiosField
      id="offerId"
      legend={t("offers.legend")}
      choices={offerChoices(offers, t, i18n.language, fallbackLanguage)}
      value={value}
      onChange={onChange}
      errors={errors}
    />
  );
}
