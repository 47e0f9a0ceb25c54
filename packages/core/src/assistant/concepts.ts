import type { Category } from "../knowledge/schema";
import type { Language } from "../tenant/languages";
import { fold, type Word, words } from "./text";

/**
 * A topic newcomers ask about, with the words that name it in each language ("|" between
 * terms). `any` holds names that are the same everywhere (acronyms, brand names). A term's
 * word may be a wildcard: `lait*` (starts with), `*betreuung` (ends with), `*مدرس*` (contains),
 * and in `*مركز صحي*` every word contains its part; other words match by stem. Words of a term
 * may have one other word between them.
 */
export type Concept = {
  id: string;
  /** The broad area (a guide category) the topic belongs to; a domain concept has its own id here. */
  domain?: Category;
  /** Concepts a text about this one is also about (childcare is care), besides its domain. */
  implies?: string[];
  /** How much the topic says about what is asked: 3 a precise need, 2 a subject, 1 an area, 0.5 a detail. */
  weight: number;
} & Partial<Record<Language | "any", string>>;

type Piece = { kind: "stem" | "prefix" | "suffix" | "infix"; text: string };
type Term = { concept: Concept; pieces: Piece[] };

/** A concept found in a text: where, and how many words it took. */
export type Hit = { concept: Concept; positions: number[] };

const maxGap = 1;

function compilePiece(raw: string, language: Language): Piece[] {
  const starts = raw.startsWith("*");
  const ends = raw.endsWith("*");
  const text = raw.replace(/^\*|\*$/g, "");
  if (starts || ends) {
    const kind = starts && ends ? "infix" : starts ? "suffix" : "prefix";
    return [{ kind, text: fold(text) }];
  }
  return words(text, language).map((word) => ({ kind: "stem", text: word.stem }));
}

function pieceMatches(piece: Piece, word: Word): boolean {
  switch (piece.kind) {
    case "stem":
      return word.stem === piece.text;
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
        const pieces = raws.flatMap((raw) =>
          compilePiece(spread ? `*${raw.replace(/^\*|\*$/g, "")}*` : raw, language),
        );
        const first = pieces[0];
        if (!first || pieces.some((piece) => piece.text.length === 0)) continue;
        if (first.kind === "stem") {
          const list = this.byStem.get(first.text) ?? [];
          list.push({ concept, pieces });
          this.byStem.set(first.text, list);
        } else this.wildcards.push({ concept, pieces });
      }
    }
  }

  /** Terms that may start at this word; remembered per word, as texts repeat their words. */
  private startingAt(word: Word): Term[] {
    const key = `${word.surface} ${word.stem}`;
    let terms = this.memo.get(key);
    if (!terms) {
      terms = [
        ...(this.byStem.get(word.stem) ?? []),
        ...this.wildcards.filter((term) => pieceMatches(term.pieces[0] as Piece, word)),
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
            if (pieceMatches(piece, ws[j] as Word)) {
              next = j;
              break;
            }
          if (next < 0) break;
          positions.push(next);
        }
        if (positions.length === term.pieces.length) found.push({ concept: term.concept, positions });
      }
    });
    found.sort((a, b) => b.positions.length - a.positions.length || b.concept.weight - a.concept.weight);
    const taken = new Set<number>();
    return found.filter((hit) => {
      if (hit.positions.some((position) => taken.has(position))) return false;
      for (const position of hit.positions) taken.add(position);
      return true;
    });
  }
}
