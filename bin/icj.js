#!/usr/bin/env node
// The `icj` command: TypeScript sources run through tsx, as everywhere in this repo.
require('tsx/cjs');
require('../cli/icj.ts');
