/**
 * `/search` in each locale (plugin/search.ts adds the route): a search box and
 * every post found, the query kept in the URL (`?q=`), which the navbar's box
 * opens on Enter.
 */
import React, {useId, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import {useStringsLanguage} from '../../client/language';
import {SearchHits, SearchStatus} from '../SearchBar/Results';
import {searchPageUrl} from '../SearchBar';
import {useSearch} from '../SearchBar/useSearch';
import styles from '../SearchBar/styles.module.css';

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const state = useSearch(query, 100);
  const id = useId();
  const {lang, dir} = useStringsLanguage();
  const title = translate({
    id: 'qalam.search.pageTitle',
    message: 'Search',
    description: 'The title of the search page',
  });

  return (
    <Layout title={title}>
      <main className="container margin-vert--lg" lang={lang} dir={dir}>
        <h1>{title}</h1>
        <form
          role="search"
          aria-label={title}
          className={styles.searchBar}
          onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={id} className={styles.visuallyHidden}>
            {translate({id: 'qalam.search.label', message: 'Search', description: 'The label of the search box'})}
          </label>
          <input
            id={id}
            type="search"
            name="q"
            value={query}
            onChange={(event) => history.replace(searchPageUrl(location.pathname, event.target.value))}
            placeholder={translate({
              id: 'qalam.search.placeholder',
              message: 'Search posts',
              description: 'The placeholder of the search box',
            })}
            autoComplete="off"
            className={`navbar__search-input ${styles.pageInput}`}
          />
        </form>
        <p role="status" className="margin-vert--md">
          <SearchStatus state={state} query={query} />
        </p>
        <SearchHits state={state} />
      </main>
    </Layout>
  );
}
