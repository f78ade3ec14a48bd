/**
 * The navbar's search box (the classic theme's navbar shows `@theme/SearchBar`
 * at its end). Typing shows the first posts found under the box; Enter opens
 * the locale's search page with every result. The box is all the page loads:
 * the search code and the index come with the first query.
 */
import React, {useEffect, useId, useRef, useState, type SyntheticEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useStringsLanguage} from '../../client/language';
import {SearchHits, SearchStatus} from './Results';
import {useSearch} from './useSearch';
import styles from './styles.module.css';

/** The search page's URL for a query. */
export function searchPageUrl(page: string, query: string): string {
  return query === '' ? page : `${page}?q=${encodeURIComponent(query)}`;
}

export default function SearchBar(): ReactNode {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const page = useBaseUrl('/search');
  const history = useHistory();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // What was typed before the page's scripts ran (a slow phone) is searched once they do.
  useEffect(() => {
    const typed = input.current;
    if (!typed || typed.value === '') return;
    setQuery(typed.value);
    setOpen(typed === document.activeElement);
  }, []);
  const state = useSearch(open ? query : '', 6);
  // In the default locale's language where this locale has no translation of the plugin's strings.
  const {lang, dir} = useStringsLanguage();
  const label = translate({id: 'qalam.search.label', message: 'Search', description: 'The label of the search box'});

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setOpen(false);
    history.push(searchPageUrl(page, query.trim()));
  };

  return (
    <form
      role="search"
      action={page}
      className={styles.searchBar}
      aria-label={label}
      lang={lang}
      dir={dir}
      onSubmit={submit}
      onFocus={() => setOpen(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}>
      <label htmlFor={id} className={styles.visuallyHidden}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        placeholder={translate({
          id: 'qalam.search.placeholder',
          message: 'Search posts',
          description: 'The placeholder of the search box',
        })}
        autoComplete="off"
        className={`navbar__search-input ${styles.input}`}
      />
      {open && state.status !== 'idle' && (
        <div className={styles.panel}>
          <p role="status" className={styles.status}>
            <SearchStatus state={state} query={query} />
          </p>
          <SearchHits state={state} />
          {state.status === 'done' && state.total > state.hits.length && (
            <Link to={searchPageUrl(page, query.trim())} className={styles.all} onClick={() => setOpen(false)}>
              <Translate id="qalam.search.allResults" description="Link under the first results to the search page">
                All results
              </Translate>
            </Link>
          )}
        </div>
      )}
    </form>
  );
}
