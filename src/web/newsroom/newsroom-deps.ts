import type { Store } from '../../store/article-repository.ts';
import type { SiteContext } from '../presenters/site-context.ts';

/** What the newsroom's handlers are built with (passed in by the web app). */
export interface NewsroomDeps {
  store: Store;
  now: () => Date;
  /** The reader site's context, for the preview. */
  siteContext: () => Promise<SiteContext>;
  timeZone: string;
}
