#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '08219f7806835e703dc2e771a1cd1fb4f2afdee87b8ff2ba793141d2e98dea7f';
require('../index.js');
