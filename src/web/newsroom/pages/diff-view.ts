import type { FieldDiff } from '../../../commands/revision-diff.ts';
import { html, type Html } from '../../pages/html.ts';

/** Changed fields, each with its removed and added text marked (`del`/`ins`, with words for screen readers). */
export function diffView(diff: readonly FieldDiff[], labels: { older: string; newer: string }): Html {
  if (diff.length === 0) return html`<p>Keine Unterschiede.</p>`;
  return html`<dl class="nr-diff">
${diff.map(
  (field) => html`<dt>${field.label}</dt>
<dd>${field.parts.map((part) =>
    part.kind === 'added'
      ? html`<ins title="nur in: ${labels.newer}"><span class="visually-hidden">[eingefügt] </span>${part.text}</ins>`
      : part.kind === 'removed'
        ? html`<del title="nur in: ${labels.older}"><span class="visually-hidden">[entfernt] </span>${part.text}</del>`
        : html`<span>${part.text}</span>`,
  )}</dd>`,
)}
</dl>`;
}
