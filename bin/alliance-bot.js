#!/usr/bin/env node
'use strict';
// The bin only wires the process to the CLI: all behaviour lives in src/cli (testable with injected io).
const { runFromProcess } = require('../dist/src/cli/main.js');
runFromProcess();
