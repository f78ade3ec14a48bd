/**
 * The rule tables, by family. A rule whose cases need files beside the post
 * (local images) or posts in several locales has site fixtures instead:
 * tests/fixtures/rules/<rule>-fail and <rule>-pass, over the base site.
 */
import type {RuleTable} from '../../helpers/ruleTester';
import {authors} from './authors';
import {docusaurus} from './docusaurus';
import {fields} from './fields';
import {image} from './image';
import {keywords} from './keywords';
import {syntax} from './syntax';
import {tags} from './tags';
import {textSafety} from './text-safety';
import {translations} from './translations';

export const RULE_TABLES: Record<string, RuleTable> = {
  syntax,
  fields,
  tags,
  authors,
  keywords,
  'text safety': textSafety,
  image,
  docusaurus,
  translations,
};
