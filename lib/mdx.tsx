import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { articleComponents } from '@/components/mdx';

type MDXModule = React.ComponentType<{ components: typeof articleComponents }>;

/**
 * Turns contentlayer's compiled MDX into a component. Runs on the server at build time,
 * so no MDX runtime reaches the browser.
 */
export function MDXContent({ code }: { code: string }) {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const Component = new Function(...Object.keys(scope), code)(...Object.values(scope)).default as MDXModule;
  return <Component components={articleComponents} />;
}
