import ArticleImage from './ArticleImage';
import Figure from './Figure';
import Notice from './Notice';
import Video from './Video';

/** What article MDX may use: Markdown plus these components (documented in docs/编辑指南.md). */
export const articleComponents = {
  img: ArticleImage,
  Figure,
  Notice,
  Video,
};
