/**
 * Whether the page is the site's 404 page, which Docusaurus renders for any
 * unknown URL (and builds as 404.html): theme/NotFound provides it, and the
 * language switch reads it, since no other page exists at that URL in any
 * locale.
 */
import {createContext, useContext} from 'react';

export const NotFoundContext = createContext(false);

export function useIsNotFound(): boolean {
  return useContext(NotFoundContext);
}
