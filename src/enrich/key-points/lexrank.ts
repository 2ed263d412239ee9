/**
 * TF-IDF vectors of sentences, their cosine similarity and continuous LexRank
 * (Erkan & Radev 2004): the stationary distribution of a random walk over the
 * sentence similarity graph, with damping.
 */

export type Vector = Map<string, number>;

export function tfidfVectors(termSets: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const terms of termSets) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = termSets.length;
  return termSets.map((terms) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of terms) {
      const weight = (1 + Math.log(count)) * Math.log(1 + n / (df.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

export function similarityMatrix(vectors: Vector[]): Float64Array[] {
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = s;
      matrix[j]![i] = s;
    }
  }
  return matrix;
}

/** Centrality scores that sum to 1; uniform when no sentence is similar to another. */
export function lexRank(matrix: Float64Array[], damping = 0.85, iterations = 40): Float64Array {
  const n = matrix.length;
  const rank = new Float64Array(n).fill(n === 0 ? 0 : 1 / n);
  if (n <= 1) return rank;
  const rowSums = matrix.map((row) => row.reduce((sum, value) => sum + value, 0));
  for (let step = 0; step < iterations; step++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const row = matrix[i]!;
      const total = rowSums[i]!;
      if (total === 0) {
        // A sentence linked to nothing spreads its weight evenly.
        for (let j = 0; j < n; j++) next[j] = next[j]! + (damping * rank[i]!) / n;
        continue;
      }
      for (let j = 0; j < n; j++) if (row[j]! > 0) next[j] = next[j]! + (damping * rank[i]! * row[j]!) / total;
    }
    rank.set(next);
  }
  return rank;
}
