import { getMDXComponent } from 'next-contentlayer2/hooks';
import { articleComponents } from './mdx';

/**
 * Renders contentlayer's compiled MDX with the components articles may use. A server component:
 * it runs at build time, so no MDX runtime reaches the browser.
 */
export default function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  // A server component renders once per page, so a component made here is never re-created on the client.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={articleComponents} />;
}
