/**
 * How the case workflows are bundled, for the workers and for the tests' shared bundle alike:
 * the modules every workflow on a worker thread shares (workflows/shared-modules.ts), evaluated
 * once per thread instead of once per cached workflow.
 */
export const workflowBundleOptions = {
  workflowsPath: require.resolve('../workflows'),
  bundlerOptions: { preloadModules: [require.resolve('../workflows/shared-modules')] },
};
