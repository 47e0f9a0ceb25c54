import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { languageCodes } from "@escale/core/languages";
import { describe, expect, it } from "vitest";

/**
 * Every face's catalogs say the same things in each of its languages: the same namespaces, the
 * same keys (plural forms aside, which each language has its own of), the same placeholders.
 */
const faces = [
  { name: "console", dir: join(import.meta.dirname, "console", "i18n"), languages: ["fr", "en"], defaultFile: false },
  {
    name: "portal",
    dir: join(import.meta.dirname, "portal", "i18n"),
    languages: [...languageCodes],
    defaultFile: true,
  },
];

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** `{ "a": { "b": "x" } }` as `{ "a.b": "x" }`. */
function flatten(value: unknown, prefix = "", into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else into[prefix] = value;
  return into;
}

const readJson = (path: string) => flatten(JSON.parse(readFileSync(path, "utf8")));

/** A face's catalogs per language: namespace → flat keys. */
function catalogs(face: (typeof faces)[number]) {
  return Object.fromEntries(
    face.languages.map((language) => {
      const dir = join(face.dir, language);
      const namespaces: Record<string, Record<string, unknown>> = {};
      if (face.defaultFile) namespaces.translation = readJson(join(face.dir, `${language}.json`));
      const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir) : [];
      for (const file of files.filter((name) => name.endsWith(".json")))
        namespaces[file.replace(/\.json$/, "")] = readJson(join(dir, file));
      return [language, namespaces];
    }),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1]).sort();

describe.each(faces)("the $name catalogs", (face) => {
  const all = catalogs(face);
  const reference = all.fr ?? {};

  it("have a namespace in French", () => {
    expect(Object.keys(reference).length).toBeGreaterThan(0);
  });

  it.each(face.languages.filter((language) => language !== "fr"))("have every namespace and key in %s", (language) => {
    const theirs = all[language] ?? {};
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(reference).sort());
    for (const [namespace, keys] of Object.entries(reference)) {
      const base = (catalog: Record<string, unknown>) =>
        [...new Set(Object.keys(catalog).map((key) => key.replace(pluralSuffix, "")))].sort();
      expect(base(theirs[namespace] ?? {}), `${language}/${namespace}`).toEqual(base(keys));
    }
  });

  it.each(face.languages)("in %s, are non-empty texts with the French version's placeholders", (language) => {
    for (const [namespace, keys] of Object.entries(all[language] ?? {})) {
      const french = reference[namespace] ?? {};
      for (const [key, text] of Object.entries(keys)) {
        const where = `${language}/${namespace}: ${key}`;
        expect(typeof text === "string" && text.trim() !== "", where).toBe(true);
        if (pluralSuffix.test(key)) {
          expect(keys[key.replace(pluralSuffix, "_other")], `${where} has no _other form`).toBeDefined();
          continue;
        }
        const frenchText = french[key];
        if (typeof frenchText === "string") expect(placeholders(String(text)), where).toEqual(placeholders(frenchText));
      }
    }
  });
});
