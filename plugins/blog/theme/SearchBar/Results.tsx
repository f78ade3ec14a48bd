/** What a search shows under its box: its state in words, then the posts found. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {SearchState} from './useSearch';
import styles from './styles.module.css';

export function SearchStatus({state, query}: {state: SearchState; query: string}): ReactNode {
  switch (state.status) {
    case 'idle':
      return null;
    case 'searching':
      return (
        <Translate id="qalam.search.searching" description="Shown while a search runs">
          Searching…
        </Translate>
      );
    case 'needsBuild':
      return (
        <Translate
          id="qalam.search.needsBuild"
          description="Shown by the dev server in place of search results: the index is written by the build; {build} and {serve} are the commands"
          values={{build: <code dir="ltr">npm run build</code>, serve: <code dir="ltr">npm run serve</code>}}>
          {'Search works on the built site: run {build}, then {serve}.'}
        </Translate>
      );
    case 'unavailable':
      return (
        <Translate id="qalam.search.unavailable" description="Shown when the search index could not be loaded">
          Search could not be loaded. Reload the page and try again.
        </Translate>
      );
    case 'done':
      return state.total === 0 ? (
        <Translate
          id="qalam.search.noResults"
          description="Shown when no post matches; {query} is what the reader typed"
          values={{query: <bdi>{query.trim()}</bdi>}}>
          {'No post matches “{query}”.'}
        </Translate>
      ) : (
        <Translate
          id="qalam.search.count"
          description="How many posts match a search; {count} is a number"
          values={{count: state.total}}>
          {'Posts found: {count}'}
        </Translate>
      );
  }
}

/** The posts found, each a link to the post in the page's locale. */
export function SearchHits({state}: {state: SearchState}): ReactNode {
  if (state.status !== 'done' || state.hits.length === 0) return null;
  return (
    <ul className={styles.hits}>
      {state.hits.map((hit) => (
        <li key={hit.url}>
          <Link to={hit.url} className={styles.hit}>
            <span className={styles.hitTitle}>{hit.title}</span>
            {hit.description && <span className={styles.hitDescription}>{hit.description}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
