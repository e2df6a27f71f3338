// The tests of src/provenance, run on the node major of .node-version (scripts/node24.sh):
// the @sigstore packages it uses support node ^22.22.2 || ^24.15 only, and the action runs
// on node 24. The same two projects as jest.config.js, limited to __tests__/*/provenance/.
import base from './jest.config.js';

export default {
  ...base,
  projects: base.projects.map((project) => ({
    ...project,
    displayName: `${project.displayName}-node24`,
    testMatch: [`<rootDir>/__tests__/${project.displayName}/provenance/**/*.test.ts`],
    testPathIgnorePatterns: ['/node_modules/'],
  })),
};
