#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = 'db61e3a6700367976d03192de39bc371305ad6e6f126e79bc32a271d3bd7a37a';
require('../index.js');
