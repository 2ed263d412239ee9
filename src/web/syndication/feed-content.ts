import { html, type Html } from '../pages/html.ts';
import type { ArticleView, BlockView, ImageView } from '../presenters/article-view.ts';
import type { Messages } from '../messages/de.ts';
import type { FeedImage } from './feed-image.ts';

/**
 * An article's full text as feed readers show it (RSS content:encoded, Atom
 * content, JSON Feed content_html): the key points „Was müssen Sie wissen?“
 * first, then lead, picture, body and sources, as on the page. Plain HTML
 * that every reader renders: absolute URLs, one `<img>` per picture (no
 * `<picture>` or `srcset`, which readers drop), and every picture with its
 * caption and credit — the credit goes wherever the picture goes. Every text
 * is escaped by the `html` tag.
 */
export function feedContent(article: ArticleView, imageOf: (image: ImageView) => FeedImage | null, m: Messages): string {
  return String(html`${article.keyPoints.length > 0
    ? html`<h2>${m.keyPointsHeading}</h2>
<ul>${article.keyPoints.map((point) => html`<li>${point}</li>`)}</ul>
`
    : ''}${article.lead ? html`<p><strong>${article.lead}</strong></p>
` : ''}${article.image ? figure(article.image, imageOf(article.image), m) : ''}${article.body.map((block) => bodyBlock(block, imageOf, m))}${article.sources.length > 0
    ? html`<h2>${m.sourcesHeading}</h2>
<ul>${article.sources.map((source) => html`<li>${source.url ? html`<a href="${source.url}">${source.name}</a>` : source.name}</li>`)}</ul>
`
    : ''}`);
}

function bodyBlock(block: BlockView, imageOf: (image: ImageView) => FeedImage | null, m: Messages): Html {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.text}</p>
`;
    case 'subheading':
      return html`<h2>${block.text}</h2>
`;
    case 'quote':
      return html`<figure><blockquote><p>${block.text}</p></blockquote>${block.attribution ? html`<figcaption>${block.attribution}</figcaption>` : ''}</figure>
`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${item}</li>`);
      return html`${block.text ? html`<p>${block.text}</p>` : ''}${block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`}
`;
    }
    case 'image':
      return figure(block.image, imageOf(block.image), m);
  }
}

function figure(image: ImageView, file: FeedImage | null, m: Messages): Html {
  const caption = html`${image.caption}${image.caption && image.credit ? ' ' : ''}${image.credit ? html`<small>${m.imageCredit} ${image.credit}</small>` : ''}`;
  const hasCaption = Boolean(image.caption || image.credit);
  if (!file && !hasCaption) return html``;
  return html`<figure>${file
    ? html`<img src="${file.url}" alt="${image.alt}"${file.width && file.height ? html` width="${file.width}" height="${file.height}"` : ''}>`
    : ''}${hasCaption ? html`<figcaption>${caption}</figcaption>` : ''}</figure>
`;
}
