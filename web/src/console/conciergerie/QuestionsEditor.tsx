import { direction, languageName } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { FieldError, type FieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { maxQuestions, newId, type OptionDraft, type QuestionDraft } from "./settingsDraft";

const types = [
  { value: "text" as const, label: "Text answer" },
  { value: "choice" as const, label: "One choice among options" },
  { value: "yes-no" as const, label: "Yes or no" },
];
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
  return (
    <div className="language-texts">
      {languages.map((code) => (
        <TextField
          key={code}
          id={`${id}.${code}`}
          label={`${label} (${languageName(code)})`}
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
      <legend>Your own questions</legend>
      <p className="hint">
        Up to {maxQuestions} questions added to the intake form, for instance "Which company recruited you?". Newcomers
        see them in their language, or in your default language when you did not translate them.
      </p>
      <FieldError errors={errors} field="questions" />
      {questions.length === 0 && <p>No question of your own yet.</p>}
      {questions.map((question, index) => (
        <fieldset key={question.key} className="question">
          <legend>Question {index + 1}</legend>
          <SelectField
            id={`questions.${index}.type`}
            label="Kind of answer"
            choices={types}
            value={question.type}
            onChange={(type) => change(question.key, { type })}
            errors={errors}
          />
          <PerLanguage
            id={`questions.${index}.label`}
            label="Question"
            languages={languages}
            texts={question.label}
            onChange={(label) => change(question.key, { label })}
            errors={errors}
          />
          <CheckField
            id={`questions.${index}.required`}
            label="An answer is required"
            checked={question.required}
            onChange={(required) => change(question.key, { required })}
          />
          {question.type === "choice" && (
            <fieldset id={`questions.${index}.options`} tabIndex={-1}>
              <legend>Options of question {index + 1}</legend>
              <FieldError errors={errors} field={`questions.${index}.options`} />
              {question.options.map((option, at) => (
                <div key={option.key} className="option">
                  <PerLanguage
                    id={`questions.${index}.options.${at}.label`}
                    label={`Option ${at + 1}`}
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
                    Remove option {at + 1} of question {index + 1}
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
                Add an option to question {index + 1}
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
            Remove question {index + 1}
          </button>
        </fieldset>
      ))}
      {questions.length < maxQuestions ? (
        <button type="button" className="secondary" id="add-question" onClick={add}>
          Add a question
        </button>
      ) : (
        <p className="hint" id="add-question" tabIndex={-1}>
          You have the {maxQuestions} questions the form can hold. Remove one to add another.
        </p>
      )}
    </fieldset>
  );
}
