/** The plugin's options: ours checked by our schema (check/options.ts), the rest by the blog plugin. */
import {
  validateOptions as validateBlogOptions,
  type PluginOptions as BlogPluginOptions,
} from '@docusaurus/plugin-content-blog';
import type {OptionValidationContext} from '@docusaurus/types';
import {checkerOptionsSchema, normalizeCheckerOptions} from '../check/options';
import {splitOptions, type Options, type PluginOptions} from './setup';

/** Docusaurus's `validate` validates against the schema it is given: here, the blog plugin's. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, BlogPluginOptions>): PluginOptions {
  const {ours, blog} = splitOptions<Options>(options ?? {});
  const parsed = checkerOptionsSchema.safeParse(ours);
  if (!parsed.success) {
    throw new Error(
      `Invalid options of the blog plugin: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return {...validateBlogOptions({validate, options: blog}), ...normalizeCheckerOptions(ours)};
}
