#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '28b4b22e1ed80614575fb178b7f7fead5d7e1f5cb92044983445629dc909e313';
require('../index.js');
