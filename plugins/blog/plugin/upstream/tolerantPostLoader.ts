/**
 * The dev server compiles no post into a stack trace. In Docusaurus 3.10.2 the
 * blog plugin's MDX loader rule (plugin-content-blog lib/index.js, returned by
 * its configureWebpack) reads each post's front matter with the options'
 * `markdownConfig.parseFrontMatter` (mdx-loader lib/loader.js) and asks the
 * loaded blog for the post's assets (`createAssets`, which throws for a post
 * the blog did not load). A save that breaks a post's YAML recompiles that post
 * before the plugin's reload leaves it out: the loader threw, and Rspack's
 * overlay and two stack traces covered the plugin's problems page.
 *
 * In the dev server the loader is given a front matter reader that does not
 * throw (the post is left out of the blog and replaced by its problems page,
 * plugin/devServer.ts) and no assets for a post the blog did not load. The
 * blog plugin's own load keeps the strict reader: it reads through the site
 * config, not through these options. tests/unit/upstream-premises.test.ts
 * fails when the loader or the rule changes.
 */

interface ParseFrontMatterParams {
  filePath: string;
  fileContent: string;
}
type ParseFrontMatter = (params: ParseFrontMatterParams & {defaultParseFrontMatter: unknown}) => Promise<{
  frontMatter: Record<string, unknown>;
  content: string;
}>;

/** The blog plugin's MDX loader options, as far as they are changed here. */
interface PostLoaderOptions {
  markdownConfig: {parseFrontMatter: ParseFrontMatter};
  createAssets: (params: {filePath: string; frontMatter: Record<string, unknown>}) => unknown;
}

const isPostLoaderOptions = (options: unknown): options is PostLoaderOptions =>
  typeof options === 'object' &&
  options !== null &&
  'createAssets' in options &&
  typeof options.createAssets === 'function' &&
  'markdownConfig' in options &&
  typeof options.markdownConfig === 'object' &&
  options.markdownConfig !== null &&
  'parseFrontMatter' in options.markdownConfig &&
  typeof options.markdownConfig.parseFrontMatter === 'function';

/** Loader options whose front matter reader and assets never throw. */
function tolerantLoaderOptions(options: PostLoaderOptions): PostLoaderOptions {
  const {markdownConfig, createAssets} = options;
  return {
    ...options,
    markdownConfig: {
      ...markdownConfig,
      parseFrontMatter: async (params) => {
        try {
          return await markdownConfig.parseFrontMatter(params);
        } catch {
          // The front matter is what the plugin's check reports; the body compiles as it is.
          return {frontMatter: {}, content: params.fileContent};
        }
      },
    },
    createAssets: (params) => {
      try {
        return createAssets(params);
      } catch {
        // A post the blog left out: its route is gone once the reload is done.
        return undefined;
      }
    },
  };
}

interface Rule {
  use?: unknown;
}

/** The blog plugin's bundler config, its post loader made tolerant (other rules and loaders as they are). */
export function tolerantPostLoader<C extends {module?: {rules?: unknown[]}}>(config: C): C {
  const rules = config.module?.rules;
  if (!rules) return config;
  const withTolerantUse = (rule: unknown): unknown => {
    if (typeof rule !== 'object' || rule === null || !Array.isArray((rule as Rule).use)) return rule;
    const use = ((rule as Rule).use as unknown[]).map((item) =>
      typeof item === 'object' && item !== null && 'options' in item && isPostLoaderOptions(item.options)
        ? {...item, options: tolerantLoaderOptions(item.options)}
        : item,
    );
    return {...rule, use};
  };
  return {...config, module: {...config.module, rules: rules.map(withTolerantUse)}};
}

/** Whether a bundler config has the blog plugin's post loader (the premise test asks). */
export function hasPostLoader(config: {module?: {rules?: unknown[]}}): boolean {
  return (config.module?.rules ?? []).some(
    (rule) =>
      typeof rule === 'object' &&
      rule !== null &&
      Array.isArray((rule as Rule).use) &&
      ((rule as Rule).use as unknown[]).some(
        (item) => typeof item === 'object' && item !== null && 'options' in item && isPostLoaderOptions(item.options),
      ),
  );
}
