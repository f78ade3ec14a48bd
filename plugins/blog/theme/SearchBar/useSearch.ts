/**
 * The state of a search as the SearchBar and the SearchPage show it. The
 * search code and the index load with the first query, not with the page.
 */
import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchHit} from './engine';

export type SearchState =
  | {status: 'idle'}
  | {status: 'searching'}
  | {status: 'done'; hits: SearchHit[]; total: number}
  | {status: 'unavailable'}
  // The dev server has no index: it is written by the build.
  | {status: 'needsBuild'};

type Outcome = {query: string} & ({status: 'done'; hits: SearchHit[]; total: number} | {status: 'unavailable'});

export function useSearch(query: string, limit: number): SearchState {
  const bundle = useBaseUrl('/pagefind/pagefind.js');
  const [outcome, setOutcome] = useState<Outcome>();
  const needsBuild = process.env.NODE_ENV !== 'production';
  const wanted = query.trim();

  useEffect(() => {
    if (needsBuild || wanted === '') return undefined;
    let current = true;
    import('./engine')
      .then(({searchPosts}) => searchPosts(bundle, wanted, limit))
      .then(
        (found) => current && setOutcome({query: wanted, status: 'done', ...found}),
        () => current && setOutcome({query: wanted, status: 'unavailable'}),
      );
    return () => {
      current = false;
    };
  }, [bundle, wanted, limit, needsBuild]);

  if (needsBuild) return {status: 'needsBuild'};
  if (wanted === '') return {status: 'idle'};
  if (outcome?.query !== wanted) return {status: 'searching'};
  return outcome.status === 'done'
    ? {status: 'done', hits: outcome.hits, total: outcome.total}
    : {status: 'unavailable'};
}
