/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/TagsListByLetter/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import Tag from '@theme/Tag';
import Heading from '@theme/Heading';
import type {Props} from '@theme/TagsListByLetter';
import {usePageLanguage} from '../../client/language';
import {tagsByLetter} from '../../client/tagLetters';

/**
 * The tags index, by letter: the letter after the Arabic definite article and
 * the checker's normalization (client/tagLetters.ts), in the page's collation.
 * The upstream's heading ids are the letters themselves; here too.
 */
export default function TagsListByLetter({tags}: Props): ReactNode {
  const {lang} = usePageLanguage();
  const letters = tagsByLetter(Object.values(tags), lang);
  return (
    <section className="margin-vert--lg">
      {letters.map(({letter, tags: letterTags}) => (
        <article key={letter}>
          <Heading as="h2" id={letter}>
            {letter}
          </Heading>
          <ul className="padding--none">
            {letterTags.map((tag) => (
              <li key={tag.permalink} className="qalam-tags-letter-item">
                <Tag {...tag} />
              </li>
            ))}
          </ul>
          <hr />
        </article>
      ))}
    </section>
  );
}
