/**
 * The widths to make of an image `originalWidth` pixels wide: every width of
 * the ladder the original can fill (never upscaled), or the original's own
 * width when it is narrower than the smallest step.
 */
export function derivativeWidths(originalWidth: number, ladder: readonly number[]): number[] {
  const fitting = ladder.filter((width) => width <= originalWidth);
  return fitting.length > 0 ? fitting : [originalWidth];
}

/** The height of a derivative `width` pixels wide, keeping the original's proportions. */
export function derivativeHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}
