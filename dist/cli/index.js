#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '54652cf2ed2f43562d062c6f66bd553a284a0cd79abdf3420f3ecad8795216dc';
require('../index.js');
