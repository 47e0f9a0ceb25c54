import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { TFunction } from "i18next";
import type { Need } from "../../conciergerie";
import type { FieldErrors } from "../../ui/fieldErrors";

export type Settings = inferRouterOutputs<AppRouter>["conciergerie"]["settings"];
type SettingsInput = inferRouterInputs<AppRouter>["conciergerie"]["updateSettings"];
type Texts = Record<string, string>;

export type OptionDraft = { key: string; value: string; label: Texts };
export type QuestionDraft = {
  key: string;
  id: string;
  type: "text" | "choice" | "yes-no";
  label: Texts;
  options: OptionDraft[];
  required: boolean;
};
export type SettingsDraft = {
  needs: Need[];
  hours: string;
  questions: QuestionDraft[];
  notice: Record<string, { text: string; version: string }>;
};

export const maxQuestions = 10;

/** A short id that stays with a question or an option once saved: answers are stored under it. */
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

const texts = (record: Partial<Record<string, string>>): Texts =>
  Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => Boolean(entry[1])));

export function draftOf(settings: Settings, languages: string[]): SettingsDraft {
  const notices = settings.privacyNotice as Partial<Record<string, { text: string; version: string }>>;
  return {
    needs: settings.needs,
    hours: String(settings.firstContactHours),
    questions: settings.questions.map((question) => ({
      key: question.id,
      id: question.id,
      type: question.type,
      label: texts(question.label),
      options: (question.options ?? []).map((option) => ({
        key: option.value,
        value: option.value,
        label: texts(option.label),
      })),
      required: question.required,
    })),
    notice: Object.fromEntries(languages.map((code) => [code, notices[code] ?? { text: "", version: "" }])),
  };
}

/** The API's rules, checked before asking it, and one of ours: a changed notice needs a new version. */
export function check(
  draft: SettingsDraft,
  saved: Settings,
  languages: string[],
  t: TFunction<"conciergerie">,
  languageName: (code: string) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.needs.length === 0) errors.needs = t("settings.errors.needs");
  const hours = Number(draft.hours);
  if (!Number.isInteger(hours) || hours < 1 || hours > 200) errors.firstContactHours = t("settings.errors.hours");
  draft.questions.forEach((question, index) => {
    if (Object.values(question.label).every((text) => !text.trim()))
      errors[`questions.${index}.label.${languages[0]}`] = t("settings.errors.questionLabel");
    if (question.type === "choice") {
      if (question.options.length < 2) errors[`questions.${index}.options`] = t("settings.errors.options");
      question.options.forEach((option, at) => {
        if (Object.values(option.label).every((text) => !text.trim()))
          errors[`questions.${index}.options.${at}.label.${languages[0]}`] = t("settings.errors.optionLabel");
      });
    }
  });
  const savedNotices = saved.privacyNotice as Partial<Record<string, { text: string; version: string }>>;
  let anyNotice = false;
  for (const code of languages) {
    const notice = draft.notice[code];
    if (!notice?.text.trim()) continue;
    anyNotice = true;
    if (notice.text.trim().length < 20) errors[`privacyNotice.${code}.text`] = t("settings.errors.noticeShort");
    const before = savedNotices[code];
    if (!notice.version.trim()) errors[`privacyNotice.${code}.version`] = t("settings.errors.noticeVersion");
    else if (before && before.text !== notice.text.trim() && before.version === notice.version.trim())
      errors[`privacyNotice.${code}.version`] = t("settings.errors.noticeChanged", { version: before.version });
  }
  if (!anyNotice)
    errors[`privacyNotice.${languages[0]}.text`] = t("settings.errors.noNotice", {
      language: languageName(languages[0] ?? "fr"),
    });
  return errors;
}

export function fieldOrder(draft: SettingsDraft, languages: string[]): string[] {
  return [
    "needs",
    "firstContactHours",
    "questions",
    ...draft.questions.flatMap((question, index) => [
      ...languages.map((code) => `questions.${index}.label.${code}`),
      `questions.${index}.options`,
      ...question.options.flatMap((_, at) => languages.map((code) => `questions.${index}.options.${at}.label.${code}`)),
    ]),
    ...languages.flatMap((code) => [`privacyNotice.${code}.text`, `privacyNotice.${code}.version`]),
    "privacyNotice",
    "form",
  ];
}

export function toInput(draft: SettingsDraft, expectedVersion: number): SettingsInput {
  const trimmed = (record: Texts) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([code, text]) => [code, text.trim()])
        .filter(([, text]) => text),
    );
  return {
    needs: draft.needs,
    firstContactHours: Number(draft.hours),
    questions: draft.questions.map((question) => ({
      id: question.id,
      type: question.type,
      label: trimmed(question.label),
      options:
        question.type === "choice"
          ? question.options.map((option) => ({ value: option.value, label: trimmed(option.label) }))
          : undefined,
      required: question.required,
    })),
    privacyNotice: Object.fromEntries(
      Object.entries(draft.notice)
        .filter(([, notice]) => notice.text.trim())
        .map(([code, notice]) => [code, { text: notice.text.trim(), version: notice.version.trim() }]),
    ),
    expectedVersion,
  };
}
