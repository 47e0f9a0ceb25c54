import { useTranslation } from "react-i18next";
import { direction, languageNameIn } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { FieldError, type FieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { maxQuestions, newId, type OptionDraft, type QuestionDraft } from "./settingsDraft";

const types = ["text", "choice", "yes-no"] as const;
const maxOptions = 12;

/** Focuses an element once React has rendered it: a new line's first box, or the list's button. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** One text per enabled language, each marked with its language for spell-checkers and screen readers. */
function PerLanguage({
  id,
  label,
  languages,
  texts,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  languages: string[];
  texts: Record<string, string>;
  onChange: (texts: Record<string, string>) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation("conciergerie");
  return (
    <div className="language-texts">
      {languages.map((code) => (
        <TextField
          key={code}
          id={`${id}.${code}`}
          label={t("questions.inLanguage", { label, language: languageNameIn(code, i18n.language) })}
          lang={code}
          dir={direction(code)}
          maxLength={200}
          value={texts[code] ?? ""}
          onChange={(text) => onChange({ ...texts, [code]: text })}
          errors={errors}
        />
      ))}
    </div>
  );
}

/** The territory's own intake questions: up to ten, each in every enabled language. */
export function QuestionsEditor({
  questions,
  onChange,
  languages,
  errors,
}: {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  languages: string[];
  errors: FieldErrors;
}) {
  const { t } = useTranslation("conciergerie");
  const change = (key: string, patch: Partial<QuestionDraft>) =>
    onChange(questions.map((question) => (question.key === key ? { ...question, ...patch } : question)));

  function add() {
    if (questions.length >= maxQuestions) return;
    const id = newId("q");
    onChange([...questions, { key: id, id, type: "text", label: {}, options: [], required: false }]);
    focusSoon(`questions.${questions.length}.type`);
  }

  function addOption(question: QuestionDraft, index: number) {
    if (question.options.length >= maxOptions) return;
    const value = newId("o");
    const option: OptionDraft = { key: value, value, label: {} };
    change(question.key, { options: [...question.options, option] });
    focusSoon(`questions.${index}.options.${question.options.length}.label.${languages[0]}`);
  }

  return (
    <fieldset id="questions" tabIndex={-1}>
      <legend>{t("questions.legend")}</legend>
      <p className="hint">{t("questions.hint", { max: maxQuestions })}</p>
      <FieldError errors={errors} field="questions" />
      {questions.length === 0 && <p>{t("questions.none")}</p>}
      {questions.map((question, index) => (
        <fieldset key={question.key} className="question">
          <legend>{t("questions.question", { number: index + 1 })}</legend>
          <SelectField
            id={`questions.${index}.type`}
            label={t("questions.kind")}
            choices={types.map((value) => ({ value, label: t(`questions.kinds.${value}`) }))}
            value={question.type}
            onChange={(type) => change(question.key, { type })}
            errors={errors}
          />
          <PerLanguage
            id={`questions.${index}.label`}
            label={t("questions.label")}
            languages={languages}
            texts={question.label}
            onChange={(label) => change(question.key, { label })}
            errors={errors}
          />
          <CheckField
            id={`questions.${index}.required`}
            label={t("questions.required")}
            checked={question.required}
            onChange={(required) => change(question.key, { required })}
          />
          {question.type === "choice" && (
            <fieldset id={`questions.${index}.options`} tabIndex={-1}>
              <legend>{t("questions.options", { number: index + 1 })}</legend>
              <FieldError errors={errors} field={`questions.${index}.options`} />
              {question.options.map((option, at) => (
                <div key={option.key} className="option">
                  <PerLanguage
                    id={`questions.${index}.options.${at}.label`}
                    label={t("questions.option", { number: at + 1 })}
                    languages={languages}
                    texts={option.label}
                    onChange={(label) =>
                      change(question.key, {
                        options: question.options.map((item) => (item.key === option.key ? { ...item, label } : item)),
                      })
                    }
                    errors={errors}
                  />
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => {
                      change(question.key, { options: question.options.filter((item) => item.key !== option.key) });
                      focusSoon(`add-option-${index}`);
                    }}
                  >
                    {t("questions.removeOption", { option: at + 1, number: index + 1 })}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="secondary small"
                id={`add-option-${index}`}
                aria-disabled={question.options.length >= maxOptions}
                onClick={() => addOption(question, index)}
              >
                {t("questions.addOption", { number: index + 1 })}
              </button>
            </fieldset>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange(questions.filter((item) => item.key !== question.key));
              focusSoon("add-question");
            }}
          >
            {t("questions.remove", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {questions.length < maxQuestions ? (
        <button type="button" className="secondary" id="add-question" onClick={add}>
          {t("questions.add")}
        </button>
      ) : (
        <p className="hint" id="add-question" tabIndex={-1}>
          {t("questions.full", { max: maxQuestions })}
        </p>
      )}
    </fieldset>
  );
}
