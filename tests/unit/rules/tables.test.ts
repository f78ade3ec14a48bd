/**
 * Every rule table (tests/unit/rules/<family>.ts): each case's post is checked
 * in a copy of the base site, and must report exactly its errors.
 */
import {runRuleTable} from '../../helpers/ruleTester';
import {RULE_TABLES} from '.';

for (const [family, table] of Object.entries(RULE_TABLES)) runRuleTable(family, table);
