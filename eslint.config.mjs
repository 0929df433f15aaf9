import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    // Every user-visible string lives in messages/*.json; JSX text may only be symbols.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: { 'react/jsx-no-literals': ['error', { allowedStrings: ['404', '>', '&gt;', '›', '·'] }] },
  },
  { ignores: ['public/pagefind/**', '.next/**', '.contentlayer/**', 'out/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
