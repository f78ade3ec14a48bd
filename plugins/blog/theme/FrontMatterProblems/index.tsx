import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {useLocaleFormat, useStringsLanguage, useStringsPlural} from '../../client/language';
import type {PostProblems} from '../../client/types';
import styles from './styles.module.css';

/** Dev-server only: the checker's problems for one post, above its content. */
export default function FrontMatterProblems({problems}: {problems: PostProblems}): ReactNode {
  const errors = problems.diagnostics.filter((d) => d.severity === 'error').length;
  const format = useLocaleFormat();
  const plural = useStringsPlural();
  const {lang, dir} = useStringsLanguage();
  const count = problems.diagnostics.length;
  return (
    <section
      className={styles.banner}
      data-severity={errors ? 'error' : 'warning'}
      role="alert"
      aria-labelledby="front-matter-problems-title">
      <p id="front-matter-problems-title" className={styles.title} lang={lang} dir={dir}>
        <Translate
          id="qalam.frontMatterProblems.title"
          description="Heading of the dev-server banner that lists a post's front matter problems">
          Front matter problems in this post
        </Translate>{' '}
        <code dir="ltr">{problems.file}</code>{' '}
        <span>
          {plural(
            count,
            translate(
              {
                id: 'qalam.frontMatterProblems.count',
                description:
                  'The number of front matter problems of a post, in the plural forms of the language (separated by "|", in the order zero one two few many other of Intl.PluralRules)',
                message: '{count} problem|{count} problems',
              },
              {count: format.number(count)},
            ),
          )}
        </span>
      </p>
      <ul className={styles.list}>
        {problems.diagnostics.map((d, i) => (
          <li key={i}>
            <code dir="ltr">
              {d.line}:{d.column} {d.severity} {d.rule}
              {d.field ? ` ${d.field}` : ''}
            </code>{' '}
            <span dir="auto">{d.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
