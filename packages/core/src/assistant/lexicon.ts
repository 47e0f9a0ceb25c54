import { type Language, languageCodes } from "../tenant/languages";
import { contentWords } from "./analysis";
import { vocabulary } from "./vocabulary";

/**
 * A bilingual lexicon of newcomer vocabulary, as rows of one meaning in every language: a
 * row's cells are `fr, en, es, de, it, pt, ar, uk`, each cell one or more phrases between "|".
 * Rows live in data files per area (`data/lexicon/*.json`), loaded the first time a question
 * needs them, so a cold start that answers no question does not pay for them.
 */
export type LexiconRow = readonly string[];

/** A phrase of a row, as the stems of its meaningful words. */
type Phrase = readonly string[];

export type Lexicon = {
  /** Rows of context (family, time, place, price…): they say who and when, not what is asked. */
  context: Set<number>;
  /** The phrases of every language, by their first stem: where a phrase may start in a question. */
  starts: Map<Language, Map<string, { phrase: Phrase; row: number }[]>>;
  /** Each row's phrases per language. */
  rows: Map<Language, Phrase>[];
};

/** The rows of the topic vocabulary (the gaps page's topics), wildcards dropped: more of the same data. */
function vocabularyRows(): LexiconRow[] {
  return vocabulary.map((concept) =>
    languageCodes.map((language) => [concept[language], concept.any].filter(Boolean).join("|").replace(/[*=]/g, "")),
  );
}

export function compileLexicon(rows: readonly LexiconRow[], contextRows: readonly LexiconRow[] = []): Lexicon {
  const starts: Lexicon["starts"] = new Map(languageCodes.map((language) => [language, new Map()]));
  const compiled: Lexicon["rows"] = [];
  const context = new Set(contextRows.map((_, index) => rows.length + index));
  [...rows, ...contextRows].forEach((row, index) => {
    const phrases = new Map<Language, Phrase>();
    languageCodes.forEach((language, column) => {
      const stems: string[] = [];
      for (const raw of (row[column] ?? "").split("|")) {
        const phrase = contentWords(raw, language).map((word) => word.stem);
        const first = phrase[0];
        if (!first) continue;
        const byStart = starts.get(language) as Map<string, { phrase: Phrase; row: number }[]>;
        byStart.set(first, [...(byStart.get(first) ?? []), { phrase, row: index }]);
        stems.push(...phrase);
      }
      phrases.set(language, [...new Set(stems)]);
    });
    compiled.push(phrases);
  });
  return { starts, rows: compiled, context };
}

let loading: Promise<Lexicon> | undefined;

/** The lexicon, loaded and compiled once per process. */
export function loadLexicon(): Promise<Lexicon> {
  loading ??= (async () => {
    const [context, ...files] = await Promise.all([
      import("./data/lexicon/context.json"),
      import("./data/lexicon/admin.json"),
      import("./data/lexicon/everyday.json"),
      import("./data/lexicon/family.json"),
      import("./data/lexicon/health.json"),
      import("./data/lexicon/housing.json"),
      import("./data/lexicon/mobility.json"),
      import("./data/lexicon/work.json"),
    ]);
    return compileLexicon(
      [...vocabularyRows(), ...files.flatMap((file) => file.default as LexiconRow[])],
      context.default as LexiconRow[],
    );
  })();
  return loading;
}

/** A stretch of a question that a lexicon row names, and where it is. */
export type LexiconHit = { row: number; positions: number[] };

/**
 * The rows a question's words name, longest phrases first; a word may belong to several rows
 * (a word with several meanings), but not to a shorter phrase inside a longer one's span.
 */
export function lookup(
  lexicon: Lexicon,
  tokens: readonly { stem: string; position: number }[],
  language: Language,
): LexiconHit[] {
  const byStart = lexicon.starts.get(language);
  if (!byStart) return [];
  const hits: LexiconHit[] = [];
  tokens.forEach((token, start) => {
    for (const { phrase, row } of byStart.get(token.stem) ?? []) {
      const positions = [start];
      for (let offset = 1; offset < phrase.length; offset++) {
        // One other word may come between the words of a phrase ("permis de conduire", "permis B").
        const next = tokens.findIndex(
          (candidate, at) =>
            at > (positions.at(-1) as number) &&
            at <= (positions.at(-1) as number) + 2 &&
            candidate.stem === phrase[offset],
        );
        if (next < 0) break;
        positions.push(next);
      }
      if (positions.length === phrase.length) hits.push({ row, positions });
    }
  });
  hits.sort((a, b) => b.positions.length - a.positions.length);
  const longest = new Map<number, number>();
  return hits.filter((hit) => {
    const covered = Math.max(0, ...hit.positions.map((position) => longest.get(position) ?? 0));
    if (covered > hit.positions.length) return false;
    for (const position of hit.positions)
      longest.set(position, Math.max(longest.get(position) ?? 0, hit.positions.length));
    return true;
  });
}
