/**
 * Route prefetching in the browser's idle time, a route at a time.
 *
 * Docusaurus 3.10.2's `<Link>` asks `window.docusaurus.prefetch` for its route
 * the moment it enters the viewport, and the browser reports every link on
 * screen in the same task, just after the page hydrates. Each call matches the
 * route against all the site's routes and scans all of their chunk names, so
 * that task grows with the links on screen times the size of the site: on the
 * seed post, some 25 ms of main thread on this machine's CPU, 100 ms at
 * Lighthouse's phone slowdown, counted in its blocking time.
 *
 * This client module runs before Docusaurus's client entry sets
 * `window.docusaurus` (a frozen object), and gives the page the same object
 * with a `prefetch` that queues the route and returns at once; the queue is
 * worked through while the browser is idle, a few milliseconds at a time. The
 * routes are prefetched in the order asked for, each once, as before, and the
 * promise returned settles as Docusaurus's own would. `preload` (a link hovered
 * or touched) is Docusaurus's, unchanged.
 *
 * tests/unit/upstream-premises.test.ts checks the premises in core's files.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type Prefetch = (routePath: string) => false | Promise<unknown>;
type Docusaurus = {prefetch: Prefetch; preload: (routePath: string) => false | Promise<unknown>};

/** Milliseconds of one slice of work, where the browser cannot say how long it is idle. */
const SLICE_MS = 4;

const whenIdle: (work: (deadline: {timeRemaining: () => number}) => void) => void =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (work) => window.requestIdleCallback(work)
    : (work) => {
        setTimeout(() => {
          const end = performance.now() + SLICE_MS;
          work({timeRemaining: () => end - performance.now()});
        }, 1);
      };

function deferredPrefetch(real: Docusaurus): Docusaurus {
  const queue: {routePath: string; settle: (result: false | Promise<unknown>) => void}[] = [];
  let scheduled = false;
  const work = (deadline: {timeRemaining: () => number}) => {
    do {
      const next = queue.shift()!;
      // A prefetch that throws rejects its own promise and stops neither the queue nor the slice.
      try {
        next.settle(real.prefetch(next.routePath));
      } catch (error) {
        next.settle(Promise.reject(error));
      }
    } while (queue.length && deadline.timeRemaining() > 1);
    if (queue.length) whenIdle(work);
    else scheduled = false;
  };
  return Object.freeze({
    preload: real.preload,
    prefetch: (routePath: string) =>
      new Promise<unknown>((settle) => {
        queue.push({routePath, settle});
        if (!scheduled) {
          scheduled = true;
          whenIdle(work);
        }
      }),
  });
}

if (ExecutionEnvironment.canUseDOM) {
  let page: Docusaurus | undefined;
  // Docusaurus assigns it once, and again on each hot reload of the dev server.
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => page,
    set: (real: Docusaurus) => {
      page = deferredPrefetch(real);
    },
  });
}
