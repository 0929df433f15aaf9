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
  {
    // The newsroom's pages are rendered by its express server (admin/newsroom/pages.tsx), not by Next: plain links,
    // a document of their own. Their words come from messages/*.json like the site's.
    files: ['admin/**/*.tsx'],
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-head-element': 'off',
      '@next/next/no-css-tags': 'off',
      'react/jsx-no-literals': ['error', { allowedStrings: ['#', '（', '）'] }],
    },
  },
  {
    // The house rule: no source file over 300 lines, comments and blank lines included. Split a longer file by what it does.
    files: ['**/*.{ts,tsx,mjs,js}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    // lib/content.ts reads contentlayer2's output from disk: importing it would put the whole archive into the
    // server bundle again (two 26 MB chunks at 8,000 articles). Its types are welcome.
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'contentlayer/generated', message: 'Read content through lib/content.ts.', allowTypeImports: true }] },
      ],
    },
  },
  {
    ignores: [
      'public/pagefind/**',
      '.cms/**',
      '.next/**',
      '.contentlayer/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
