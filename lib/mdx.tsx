import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';

type MDXContentProps = { components?: Record<string, React.ComponentType<never>> };

/**
 * Turns contentlayer's compiled MDX into a component. Runs on the server at build time,
 * so no MDX runtime reaches the browser.
 */
export function MDXContent({ code, components }: { code: string } & MDXContentProps) {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const Component = new Function(...Object.keys(scope), code)(...Object.values(scope)).default as React.ComponentType<MDXContentProps>;
  return <Component components={components} />;
}
