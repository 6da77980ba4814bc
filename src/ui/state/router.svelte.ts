import { parseRoute, routeHref, type Route } from '../routes';

class Router {
  #hash = $state(typeof location === 'undefined' ? '' : location.hash);
  #route = $derived(parseRoute(this.#hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.#hash = location.hash;
      });
    }
  }

  get route(): Route {
    return this.#route;
  }

  go(route: Route): void {
    location.hash = routeHref(route);
  }
}

export const router = new Router();
