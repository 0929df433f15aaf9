import type { ComponentType } from 'react';
import type { ArticleComponentName } from '@/lib/mdx-code';
import ArticleImage from './ArticleImage';
import Figure from './Figure';
import Notice from './Notice';
import Video from './Video';

/**
 * What article MDX may use: Markdown (its images drawn by ArticleImage) plus the components that
 * lib/mdx-code.ts lists for the content check; the type keeps the two lists the same.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export const articleComponents: Record<ArticleComponentName | 'img', ComponentType<any>> = {
  img: ArticleImage,
  Figure,
  Notice,
  Video,
};
