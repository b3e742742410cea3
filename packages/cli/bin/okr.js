#!/usr/bin/env node
// CommonJS, like the bundle it loads: an ES module importing a .cjs file makes Node scan the
// whole bundle for its exports first (about 35 ms of every run).
require('../out/okr.cjs');
