/**
 * The page template of a built site (the site config's `ssrTemplate`): Docusaurus
 * 3.10.2's own (core's lib/ssg/ssgTemplate.html.js), but the page's scripts are
 * asked for after its first contentful paint instead of from its head.
 *
 * Docusaurus names its two entry scripts in the head with `defer`: the browser
 * asks for them while it still waits for the stylesheet and the font, and on a
 * slow connection they share its bandwidth with what the first paint needs. The
 * page is whole without them (every page is rendered at build time; the scripts
 * make it a single-page app and draw nothing the reader waits for), so here a
 * small script at the end of the body adds them, in their order, once the
 * browser reports its first contentful paint. Lighthouse's simulated largest
 * paint on the Arabic seed post went from 3.2 to 1.3 s (README, Configuration).
 *
 * A browser without the Paint Timing API gets them at once, when the body is
 * parsed, as the head's deferred scripts would be. A page loaded in a
 * background tab, which paints only when shown, gets them at its `load` event;
 * a visible page whose paint is never reported, three seconds after `load`.
 * The page is interactive that much later: links and the search form work as
 * plain HTML until then.
 *
 * tests/unit/upstream-premises.test.ts checks that Docusaurus's template is
 * this one with its scripts back in the head.
 */

/** The script that adds the page's entry scripts: `scripts` are their URLs, in order. */
export const SCRIPTS_AFTER_PAINT = `(function (scripts) {
  var added = false;
  function add() {
    if (added) return;
    added = true;
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!types || types.indexOf('paint') < 0) return add();
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(add);
  }).observe({type: 'paint', buffered: true});
  addEventListener('load', function () {
    setTimeout(add, document.visibilityState === 'visible' ? 3000 : 0);
  });
})`;

/** The entry scripts' URLs as a JavaScript array, safe inside a script element. */
const SCRIPT_URLS = String.raw`<%~ JSON.stringify(it.scripts.map(function (script) { return it.baseUrl + script; })).replace(/</g, '\\u003c') %>`;

export const ssrTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>${SCRIPTS_AFTER_PAINT}(${SCRIPT_URLS});</script>
  </body>
</html>
`;
