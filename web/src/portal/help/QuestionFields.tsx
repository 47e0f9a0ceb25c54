import { useTranslation } from "react-i18next";
import type { Question } from "../../conciergerie";
import { direction } from "../../languages";
import { RadiosField } from "../../ui/RadiosField";
import { TextField } from "../../ui/TextField";
import { inLanguage } from "../language";
import type { IntakePart } from "./intakeEdit";

type Texts = Partial<Record<string, string>>;

/** The territory's own questions, in the visitor's language, else its default, else any. */
export function QuestionFields({
  questions,
  defaultLanguage,
  draft,
  edit,
  errors,
}: IntakePart & { questions: Question[]; defaultLanguage: string }) {
  const { t, i18n } = useTranslation();
  if (questions.length === 0) return null;

  function text(texts: Texts) {
    const present = Object.fromEntries(
      Object.entries(texts).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    const found = inLanguage(present, i18n.language, defaultLanguage);
    const [lang = i18n.language, any = ""] = Object.entries(present)[0] ?? [];
    return found ?? { text: any, lang };
  }

  return (
    <fieldset>
      <legend>{t("help.questions.legend")}</legend>
      {questions.map((question) => {
        const id = `answers.${question.id}`;
        const label = text(question.label);
        // The question is in the territory's words, maybe in another language than the page.
        const shown = (
          <>
            <span lang={label.lang} dir={direction(label.lang)}>
              {label.text}
            </span>
            {!question.required && ` ${t("help.optionalMark")}`}
          </>
        );
        const answer = draft.answers[question.id];
        const answerWith = (value: string | boolean) =>
          edit(id, { answers: { ...draft.answers, [question.id]: value } });
        if (question.type === "text")
          return (
            <TextField
              key={question.id}
              id={id}
              label={shown}
              lang={label.lang}
              dir={direction(label.lang)}
              rows={3}
              maxLength={1000}
              value={typeof answer === "string" ? answer : ""}
              onChange={answerWith}
              required={question.required}
              errors={errors}
            />
          );
        const choices =
          question.type === "yes-no"
            ? [
                { value: "yes", label: t("help.questions.yes") },
                { value: "no", label: t("help.questions.no") },
              ]
            : (question.options ?? []).map((option) => {
                const optionText = text(option.label);
                return { value: option.value, label: optionText.text || option.value, lang: optionText.lang };
              });
        const value =
          question.type === "yes-no"
            ? answer === undefined
              ? undefined
              : answer
                ? "yes"
                : "no"
            : (answer as string | undefined);
        return (
          <RadiosField
            key={question.id}
            id={id}
            legend={shown}
            choices={choices}
            value={value}
            onChange={(chosen) => answerWith(question.type === "yes-no" ? chosen === "yes" : chosen)}
            errors={errors}
          />
        );
      })}
    </fieldset>
  );
}
