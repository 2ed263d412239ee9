/**
 * A value worked out once and kept while `token` stays the same (the store's
 * change token, with the hour for what also depends on the clock). Failures
 * are not kept.
 */
export function keptValue<T>(token: () => string, compute: () => Promise<T>): () => Promise<T> {
  let kept: { token: string; value: Promise<T> } | null = null;
  return () => {
    const current = token();
    if (kept?.token !== current) {
      const value = compute();
      kept = { token: current, value };
      value.catch(() => {
        if (kept?.value === value) kept = null;
      });
    }
    return kept.value;
  };
}
