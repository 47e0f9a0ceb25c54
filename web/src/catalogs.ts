import type { Resource } from "i18next";

/** Catalog files found by `import.meta.glob("./*\/*.json")`: `./{language}/{namespace}.json` each. */
export type CatalogFiles = Record<string, Record<string, unknown>>;

/** i18next resources from catalog files, added to `into` (a face's default namespace, say). */
export function resourcesFrom(files: CatalogFiles, into: Resource = {}): Resource {
  for (const [path, catalog] of Object.entries(files)) {
    const [, language, namespace] = path.match(/^\.\/([^/]+)\/([^/]+)\.json$/) ?? [];
    if (language && namespace) into[language] = { ...into[language], [namespace]: catalog };
  }
  return into;
}
