import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { CheckField } from "../../ui/CheckField";
import { TextField } from "../../ui/TextField";
import { maxChildren } from "./intakeDraft";
import type { IntakePart } from "./intakeEdit";

export function HouseholdFields({ draft, edit, errors }: IntakePart) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);

  function addChild() {
    if (draft.children.length >= maxChildren) return;
    const index = draft.children.length;
    edit("household.children", { children: [...draft.children, { key: crypto.randomUUID(), age: "" }] });
    // Once rendered, straight into the new line's age.
    requestAnimationFrame(() => document.getElementById(`household.children.${index}.age`)?.focus());
  }

  function removeChild(key: string) {
    edit("household.children", { children: draft.children.filter((child) => child.key !== key) });
    // The removed line's button is gone: keep the keyboard where the list is managed.
    addButton.current?.focus();
  }

  return (
    <fieldset>
      <legend>{t("help.household.legend")}</legend>
      <TextField
        id="household.adults"
        label={t("help.household.adults")}
        type="number"
        inputMode="numeric"
        min={1}
        max={20}
        className="short"
        value={draft.adults}
        onChange={(adults) => edit("household.adults", { adults })}
        required
        errors={errors}
      />
      <fieldset>
        <legend>{t("help.household.children")}</legend>
        {draft.children.length === 0 && <p className="hint">{t("help.household.noChildren")}</p>}
        <ul className="rows">
          {draft.children.map((child, index) => (
            <li key={child.key} className="row">
              <TextField
                id={`household.children.${index}.age`}
                label={t("help.household.childAge", { number: index + 1 })}
                type="number"
                inputMode="numeric"
                min={0}
                max={25}
                className="short"
                value={child.age}
                onChange={(age) =>
                  edit(`household.children.${index}.age`, {
                    children: draft.children.map((row) => (row.key === child.key ? { ...row, age } : row)),
                  })
                }
                required
                errors={errors}
              />
              <button type="button" className="secondary" onClick={() => removeChild(child.key)}>
                {t("help.household.removeChild", { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="secondary"
          ref={addButton}
          onClick={addChild}
          aria-disabled={draft.children.length >= maxChildren}
        >
          {t("help.household.addChild")}
        </button>
      </fieldset>
      <CheckField
        id="household.partner.lookingForJob"
        label={t("help.household.partnerLooking")}
        checked={draft.partnerLooking}
        onChange={(partnerLooking) => edit("household.partner.field", { partnerLooking })}
      />
      {draft.partnerLooking && (
        <TextField
          id="household.partner.field"
          label={t("help.household.partnerField")}
          hint={t("help.household.partnerFieldHint")}
          value={draft.partnerField}
          onChange={(partnerField) => edit("household.partner.field", { partnerField })}
          maxLength={120}
          errors={errors}
        />
      )}
    </fieldset>
  );
}
