/**
 * An Okapi BM25 index over stemmed terms that takes documents in and out one at a time, so an
 * article edit re-indexes that article alone.
 */
export class Bm25 {
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly lengths = new Map<string, number>();
  private readonly termsOf = new Map<string, string[]>();
  private totalLength = 0;

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  get size(): number {
    return this.lengths.size;
  }

  has(id: string): boolean {
    return this.lengths.has(id);
  }

  add(id: string, terms: readonly string[]) {
    if (this.lengths.has(id)) this.remove(id);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = new Map();
        this.postings.set(term, posting);
      }
      posting.set(id, count);
    }
    this.lengths.set(id, terms.length);
    this.termsOf.set(id, [...counts.keys()]);
    this.totalLength += terms.length;
  }

  remove(id: string) {
    const length = this.lengths.get(id);
    if (length === undefined) return;
    for (const term of this.termsOf.get(id) ?? []) {
      const posting = this.postings.get(term);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(term);
    }
    this.lengths.delete(id);
    this.termsOf.delete(id);
    this.totalLength -= length;
  }

  /** How many documents hold the term. */
  df(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  idf(term: string): number {
    const n = this.lengths.size;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The idf of a term no document holds: what a question word the guide never uses weighs. */
  unseenIdf(): number {
    return Math.log(1 + (this.lengths.size + 0.5) / 0.5);
  }

  /** The most a term can add to a document's score, reached as its count grows. */
  ceiling(term: string): number {
    return this.idf(term) * (this.k1 + 1);
  }

  /** Each document holding the term, with the term's BM25 score in it. */
  *scores(term: string): Iterable<[string, number]> {
    const posting = this.postings.get(term);
    if (!posting) return;
    const idf = this.idf(term);
    const average = this.totalLength / Math.max(1, this.lengths.size);
    for (const [id, count] of posting) {
      const length = this.lengths.get(id) ?? 0;
      const norm = count + this.k1 * (1 - this.b + (this.b * length) / Math.max(1, average));
      yield [id, (idf * count * (this.k1 + 1)) / norm];
    }
  }

  /** Every term in the index: the words a misspelt or foreign word may be near. */
  vocabulary(): IterableIterator<string> {
    return this.postings.keys();
  }
}
