import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api";
import { direction, languageNameIn } from "../languages";
import { FormEnd } from "../ui/FormEnd";
import { describe, FieldError, type FieldErrors, useFieldErrors } from "../ui/fieldErrors";
import { TextField } from "../ui/TextField";
import { contrastWithWhite, isHexColour, minimumContrast, primaryColourProblem } from "./contrast";
import { LogoField } from "./LogoField";
import { SettingsPage } from "./SettingsPage";
import type { TenantSettings } from "./types";

export function BrandingPage() {
  const { t } = useTranslation("settings");
  return (
    <SettingsPage
      title={t("branding.title")}
      intro={t("branding.intro")}
      what={t("branding.what")}
      form={(tenant, readOnly) => <BrandingForm tenant={tenant} readOnly={readOnly} />}
    />
  );
}

type Texts = Record<string, string>;

function ContrastNote({ colour }: { colour: string }) {
  const { t } = useTranslation("settings");
  if (!isHexColour(colour)) return null;
  const ratio = contrastWithWhite(colour);
  return t(ratio >= minimumContrast ? "branding.contrastOk" : "branding.contrastLow", {
    ratio,
    minimum: minimumContrast,
  });
}

function BrandingForm({ tenant, readOnly }: { tenant: TenantSettings; readOnly: boolean }) {
  const { t, i18n } = useTranslation("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.console.updateBranding.mutationOptions());
  // The version this form was loaded at: a save over someone else's change is refused, not merged.
  const [version, setVersion] = useState(tenant.version);
  const [primary, setPrimary] = useState(tenant.primaryColor);
  const [accent, setAccent] = useState(tenant.accentColor ?? "");
  const [tagline, setTagline] = useState<Texts>(() => ({ ...tenant.tagline }));
  const [hero, setHero] = useState<Texts>(() => ({ ...tenant.hero }));
  const [logoUrl, setLogoUrl] = useState(tenant.logoUrl);
  const [status, setStatus] = useState("");

  const languages = tenant.languages;
  const fields = [
    "primaryColor",
    "accentColor",
    ...languages.flatMap((code) => [`tagline.${code}`, `hero.${code}`]),
    "form",
  ];
  const { errors, setErrors, show, showFailure } = useFieldErrors(fields);
  const readable = !primaryColourProblem(primary);
  const accentShown = isHexColour(accent.trim()) ? accent.trim() : "transparent";

  function updated(next: TenantSettings) {
    setVersion(next.version);
    setLogoUrl(next.logoUrl);
    void queryClient.invalidateQueries(trpc.console.settings.queryFilter());
  }

  function edit(field: string, apply: () => void) {
    apply();
    setStatus("");
    setErrors(({ [field]: _fixed, form: _form, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setStatus("");
    const found: FieldErrors = {};
    const problem = primaryColourProblem(primary.trim());
    if (problem) found.primaryColor = t(problem.key, problem.values ?? {});
    if (accent.trim() && !isHexColour(accent.trim())) found.accentColor = t("branding.accentInvalid");
    if (show(found)) return;
    const only = (texts: Texts) => Object.fromEntries(languages.map((code) => [code, texts[code] ?? ""]));
    save.mutate(
      {
        primaryColor: primary.trim(),
        accentColor: accent.trim() || null,
        tagline: only(tagline),
        hero: only(hero),
        expectedVersion: version,
      },
      {
        onSuccess: (next) => {
          updated(next);
          setStatus(t("branding.saved"));
        },
        onError: showFailure,
      },
    );
  }

  return (
    <div className="branding">
      <section aria-labelledby="preview-heading" className="preview">
        <h2 id="preview-heading">{t("branding.preview")}</h2>
        <div
          className="brand-preview"
          style={{ backgroundColor: readable ? primary.trim() : tenant.primaryColor, borderBlockEndColor: accentShown }}
        >
          {logoUrl && <img src={logoUrl} alt="" />}
          <span>{tenant.name}</span>
        </div>
        <p lang={tenant.defaultLanguage} dir={direction(tenant.defaultLanguage)}>
          {tagline[tenant.defaultLanguage] || tenant.name}
        </p>
        {!readable && <p className="hint">{t("branding.previewKeeps")}</p>}
      </section>

      <section aria-labelledby="logo-heading">
        <h2 id="logo-heading">{t("branding.logo")}</h2>
        {logoUrl ? (
          <img className="logo-current" src={logoUrl} alt={t("branding.currentLogo", { name: tenant.name })} />
        ) : (
          <p>{t("branding.noLogo")}</p>
        )}
        <LogoField version={version} readOnly={readOnly} onUploaded={updated} />
      </section>

      <form className="form" noValidate onSubmit={submit} aria-labelledby="colours-heading">
        <fieldset disabled={readOnly} className="plain" role="none">
          <h2 id="colours-heading">{t("branding.colours")}</h2>
          <div className="field">
            <label htmlFor="primaryColor">{t("branding.primary")}</label>
            <p id="primaryColor-hint" className="hint">
              {t("branding.primaryHint")}
            </p>
            <div className="colour-row">
              <input
                id="primaryColor"
                className="short"
                value={primary}
                onChange={(event) => edit("primaryColor", () => setPrimary(event.target.value))}
                spellCheck={false}
                autoCapitalize="none"
                {...describe(errors, "primaryColor", "primaryColor-hint", "primaryColor-contrast")}
              />
              <label htmlFor="primaryColor-picker">{t("branding.picker")}</label>
              <input
                id="primaryColor-picker"
                type="color"
                value={isHexColour(primary.trim()) ? primary.trim().toLowerCase() : tenant.primaryColor}
                onChange={(event) => edit("primaryColor", () => setPrimary(event.target.value))}
              />
            </div>
            <p id="primaryColor-contrast" className="hint">
              <ContrastNote colour={primary.trim()} />
            </p>
            <FieldError errors={errors} field="primaryColor" />
          </div>

          <TextField
            id="accentColor"
            label={t("branding.accent")}
            hint={t("branding.accentHint")}
            className="short"
            value={accent}
            onChange={(text) => edit("accentColor", () => setAccent(text))}
            spellCheck={false}
            autoCapitalize="none"
            errors={errors}
          />

          {languages.map((code) => (
            <div key={code} className="language-texts">
              <TextField
                id={`tagline.${code}`}
                label={t("branding.tagline", { language: languageNameIn(code, i18n.language) })}
                lang={code}
                dir={direction(code)}
                maxLength={140}
                value={tagline[code] ?? ""}
                onChange={(text) => edit(`tagline.${code}`, () => setTagline((texts) => ({ ...texts, [code]: text })))}
                errors={errors}
              />
              <TextField
                id={`hero.${code}`}
                label={t("branding.hero", { language: languageNameIn(code, i18n.language) })}
                lang={code}
                dir={direction(code)}
                rows={4}
                maxLength={1000}
                value={hero[code] ?? ""}
                onChange={(text) => edit(`hero.${code}`, () => setHero((texts) => ({ ...texts, [code]: text })))}
                errors={errors}
              />
            </div>
          ))}

          <FormEnd submit={t("branding.save")} pending={save.isPending} status={status} errors={errors} />
        </fieldset>
      </form>
    </div>
  );
}
