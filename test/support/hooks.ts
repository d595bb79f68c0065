import { stopEngines } from './engines';

/** Root hooks: the engines started lazily by any test are stopped once, after the whole run. */
export const mochaHooks = {
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    await stopEngines();
  },
};
