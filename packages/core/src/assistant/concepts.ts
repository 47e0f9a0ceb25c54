import type { Category } from "../knowledge/schema";
import type { Language } from "../tenant/languages";
import { fold, type Word, words } from "./text";

/**
 * A topic newcomers ask about, with the words that name it in each language ("|" between
 * terms). `any` holds names that are the same everywhere (acronyms, brand names). A term's
 * word may be a wildcard: `lait*` (starts with), `*betreuung` (ends with), `*مدرس*` (contains),
 * and in `*مركز صحي*` every word contains its part; `=mari` is the word exactly as written, as
 * is any word of three letters or fewer; other words match by stem. Words of a term may have
 * one other word between them.
 */
export type Concept = {
  id: string;
  /** The broad area (a guide category) the topic belongs to; a domain concept has its own id here. */
  domain?: Category;
  /** What this topic is a kind of (autism: disability): a text about it is about those too. */
  implies?: string[];
  /** How much the topic says about what is asked: 3 a precise need, 2 a subject, 1 an area, 0.5 a detail. */
  weight: number;
} & Partial<Record<Language | "any", string>>;

type Piece = { kind: "stem" | "exact" | "prefix" | "suffix" | "infix"; text: string };
type Term = { concept: Concept; pieces: Piece[]; specificity: number };

/** A concept found in a text: which words it took, and how long its term is (longer is more precise). */
type Hit = { concept: Concept; positions: number[]; specificity: number };

const maxGap = 1;

/** Words (or stems) this short collide with too many others ("vae" and "va"): they match as written. */
const shortWord = 3;

function compilePiece(raw: string, language: Language): Piece[] {
  if (raw.startsWith("=")) return [{ kind: "exact", text: raw.slice(1).toLowerCase() }];
  const starts = raw.startsWith("*");
  const ends = raw.endsWith("*");
  const text = raw.replace(/^\*|\*$/g, "");
  if (starts || ends) {
    const kind = starts && ends ? "infix" : starts ? "suffix" : "prefix";
    return [{ kind, text: fold(text) }];
  }
  return words(text, language).map((word) =>
    word.raw.length <= shortWord || word.stem.length <= shortWord
      ? { kind: "exact", text: word.raw }
      : { kind: "stem", text: word.stem },
  );
}

/**
 * Ukrainian stems change their last consonant with the case (бібліотека, бібліотеці): a long
 * stem also matches a word that starts with all of it but its last letter.
 */
const alternatingStems: ReadonlySet<Language> = new Set(["uk"]);
const alternatingStemLength = 7;

function pieceMatches(piece: Piece, word: Word, language: Language): boolean {
  switch (piece.kind) {
    case "stem":
      return (
        word.stem === piece.text ||
        (alternatingStems.has(language) &&
          piece.text.length >= alternatingStemLength &&
          word.surface.startsWith(piece.text.slice(0, -1)))
      );
    case "exact":
      return word.raw === piece.text;
    case "prefix":
      return word.surface.startsWith(piece.text);
    case "suffix":
      return word.surface.endsWith(piece.text);
    case "infix":
      return word.surface.includes(piece.text);
  }
}

/** Finds the concepts of one language's vocabulary in texts of that language. */
export class ConceptMatcher {
  private readonly byStem = new Map<string, Term[]>();
  private readonly byExact = new Map<string, Term[]>();
  private readonly wildcards: Term[] = [];
  private readonly memo = new Map<string, Term[]>();

  constructor(
    vocabulary: readonly Concept[],
    private readonly language: Language,
  ) {
    for (const concept of vocabulary) {
      const terms = [concept[language], concept.any].filter(Boolean).join("|").split("|");
      for (const term of terms) {
        const raws = term.trim().split(/\s+/).filter(Boolean);
        // "*word word*": every word contains its part (Arabic words carry their prefixes).
        const spread = raws.length > 1 && term.trim().startsWith("*") && term.trim().endsWith("*");
        const pieces = raws.flatMap((raw) => compilePiece(spread ? `*${raw.replace(/^\*|\*$/g, "")}*` : raw, language));
        const first = pieces[0];
        if (!first || pieces.some((piece) => piece.text.length === 0)) continue;
        const loose = alternatingStems.has(language) && first.text.length >= alternatingStemLength;
        const index = first.kind === "stem" && !loose ? this.byStem : first.kind === "exact" ? this.byExact : undefined;
        const compiled = { concept, pieces, specificity: pieces.reduce((sum, piece) => sum + piece.text.length, 0) };
        if (index) index.set(first.text, [...(index.get(first.text) ?? []), compiled]);
        else this.wildcards.push(compiled);
      }
    }
  }

  /** Terms that may start at this word; remembered per word, as texts repeat their words. */
  private startingAt(word: Word): Term[] {
    const key = `${word.raw} ${word.stem}`;
    let terms = this.memo.get(key);
    if (!terms) {
      terms = [
        ...(this.byStem.get(word.stem) ?? []),
        ...(this.byExact.get(word.raw) ?? []),
        ...this.wildcards.filter((term) => pieceMatches(term.pieces[0] as Piece, word, this.language)),
      ];
      if (this.memo.size > 50_000) this.memo.clear();
      this.memo.set(key, terms);
    }
    return terms;
  }

  /**
   * The concepts of a text. Longer terms win over the shorter ones they contain, so "permis de
   * conduire" is a driving licence and not also a hunting "permis".
   */
  find(text: string): Hit[] {
    const ws = words(text, this.language);
    const found: Hit[] = [];
    ws.forEach((word, start) => {
      for (const term of this.startingAt(word)) {
        const positions = [start];
        for (const piece of term.pieces.slice(1)) {
          const last = positions[positions.length - 1] as number;
          let next = -1;
          for (let j = last + 1; j <= Math.min(ws.length - 1, last + 1 + maxGap); j++)
            if (pieceMatches(piece, ws[j] as Word, this.language)) {
              next = j;
              break;
            }
          if (next < 0) break;
          positions.push(next);
        }
        if (positions.length === term.pieces.length)
          found.push({ concept: term.concept, positions, specificity: term.specificity });
      }
    });
    found.sort(
      (a, b) =>
        b.positions.length - a.positions.length || b.specificity - a.specificity || b.concept.weight - a.concept.weight,
    );
    const taken = new Set<number>();
    return found.filter((hit) => {
      if (hit.positions.some((position) => taken.has(position))) return false;
      for (const position of hit.positions) taken.add(position);
      return true;
    });
  }
}
