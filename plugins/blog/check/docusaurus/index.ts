/**
 * Agreement with @docusaurus/plugin-content-blog: what it would refuse in a
 * post's front matter, found by its own code and told in the project's words.
 */
export {docusaurusFrontMatterRefusals, withDocusaurusLoggerSilenced, REFUSAL_TYPES} from './frontMatter';
export {docusaurusRefusals} from './messages';
