import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'reports/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    rules: {
      // Product images are SVGs from our own /img route or 1688's CDN, sized explicitly.
      '@next/next/no-img-element': 'off',
      // app/[locale]/[...rest] (the 404 page) matches every path, so this rule would take the
      // JSON API and form actions for pages.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
];

export default config;
