// ESLint for the whole repository: `npm run lint`. Formatting is Prettier's
// (`npm run format:check`); every rule here is about what the code does.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'build/',
    '.docusaurus/',
    'test-results/',
    // Generated or written by the tests, the benchmark and the authors' tools.
    'tests/.work/',
    'bench/work/',
    'bench/results/',
    'schemas/',
    'static/',
    // Sites that the tests build or check, some broken on purpose.
    'tests/fixtures/',
  ]),

  js.configs.recommended,
  // Type-checked: the rules see what `tsc` sees (tsconfig.json, with
  // noUncheckedIndexedAccess, so `!` after an index is not "unnecessary").
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
    rules: {
      // The front matter checker's job is to find control, invisible, combining
      // and bidi characters, so its regular expressions list them on purpose,
      // always as \u escapes (never as raw characters). These two rules flag
      // exactly those classes and nothing else in this code.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // `_` names a value that is there on purpose and unused (a loop that
      // only counts, a destructured element that is skipped).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      // `[...text]` splits a string into code points, which is what the checker
      // counts and reports positions in (not UTF-16 units, not graphemes). The
      // rule still catches an array or a Map spread into an object, a spread
      // promise or function.
      '@typescript-eslint/no-misused-spread': ['error', {allow: ['string']}],
      // `catch (error) { reject(error); }` hands on what was thrown, whatever it
      // is; rejecting with a value that was never thrown stays an error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', {allowThrowingUnknown: true}],

      // Defects that the recommended sets leave out.
      eqeqeq: ['error', 'smart'],
      'array-callback-return': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      // A switch over a union (severities, rule scopes, locales' directions)
      // must name every member, or say `default`.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', {considerDefaultExhaustiveForUnions: true}],
      // `return promise` inside try skips the catch and the finally's timing.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // Numbers sorted without a comparator are sorted as text (10 before 9).
      '@typescript-eslint/require-array-sort-compare': ['error', {ignoreStringArrays: true}],
      // Deprecated Node, React and Docusaurus APIs: the next upgrade's breakage.
      '@typescript-eslint/no-deprecated': 'error',
    },
  },

  {
    // Plain JavaScript is not type-checked (no checkJs): every parameter and
    // every require() is `any` there, so the no-unsafe-* rules would report the
    // language, not a defect. The other type-aware rules still apply.
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // CommonJS on purpose (client/prismOnDemand.js exports getters).
    files: ['**/*.{js,cjs}'],
    languageOptions: {sourceType: 'commonjs', globals: globals.commonjs},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    files: ['tests/**/*.test.ts'],
    rules: {
      // Tests parse what the code printed (JSON reports, SARIF, feeds, JSON-LD)
      // and hold every value of it against an expectation: the value is `any`
      // until `expect` checks it, and a cast to the expected shape would assume
      // what the test is there to find out. The helpers (tests/helpers/) are
      // typed code and keep these rules.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test doubles implement async interfaces (a feed's createFeedItems, the
      // VCS's getFileCreationInfo) with nothing to await: `async` is their shape.
      '@typescript-eslint/require-await': 'off',
    },
  },

  {
    // React components: the theme and any page of the site.
    files: ['plugins/blog/theme/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: {globals: globals.browser},
  },
  {
    // Browser modules (some of them the build shares, so Node's globals stay).
    files: ['plugins/blog/client/**'],
    languageOptions: {globals: globals.browser},
  },
]);
