/** Ranking quality against graded labels (0 = not relevant … 3 = the one to introduce first). */

export type Grades = Record<string, number>;

const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

export function ndcgAt(ranked: string[], grades: Grades, k: number): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  return ideal ? dcg(ranked.slice(0, k).map((id) => grades[id] ?? 0)) / ideal : 0;
}

/** Reciprocal rank of the first candidate with at least `minGrade`. */
export function reciprocalRank(ranked: string[], grades: Grades, minGrade = 2): number {
  const index = ranked.findIndex((id) => (grades[id] ?? 0) >= minGrade);
  return index < 0 ? 0 : 1 / (index + 1);
}

export function recallAt(ranked: string[], grades: Grades, k: number): number {
  const relevant = Object.entries(grades)
    .filter(([, g]) => g > 0)
    .map(([id]) => id);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/**
 * Share of labelled pairs put in the wrong order: for every two providers with different grades (unlabelled
 * ones count as 0 when ranked), the better one should come first; one missing from the ranking counts as last.
 */
export function pairwiseOrderingLoss(ranked: string[], grades: Grades): number {
  const position = new Map(ranked.map((id, i) => [id, i]));
  const ids = [...new Set([...Object.keys(grades), ...ranked])];
  let pairs = 0;
  let wrong = 0;
  for (const a of ids) {
    for (const b of ids) {
      const ga = grades[a] ?? 0;
      const gb = grades[b] ?? 0;
      if (ga <= gb || ga === 0) continue;
      pairs++;
      const pa = position.get(a) ?? Infinity;
      const pb = position.get(b) ?? Infinity;
      if (pa > pb || (pa === Infinity && pb === Infinity)) wrong++;
    }
  }
  return pairs ? wrong / pairs : 0;
}

export interface QualityReport {
  needs: number;
  ndcg10: number;
  mrr: number;
  recall10: number;
  pairwiseLoss: number;
}

export function summarize(rows: { ranked: string[]; grades: Grades }[]): QualityReport {
  const mean = (f: (r: { ranked: string[]; grades: Grades }) => number) =>
    rows.length ? rows.reduce((s, r) => s + f(r), 0) / rows.length : 0;
  return {
    needs: rows.length,
    ndcg10: mean((r) => ndcgAt(r.ranked, r.grades, 10)),
    mrr: mean((r) => reciprocalRank(r.ranked, r.grades)),
    recall10: mean((r) => recallAt(r.ranked, r.grades, 10)),
    pairwiseLoss: mean((r) => pairwiseOrderingLoss(r.ranked, r.grades)),
  };
}
