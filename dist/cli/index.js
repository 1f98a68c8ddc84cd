#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '8b8d69767d1c854c0e3e79edba313dd56f32453e4c55107ed19c03c65d082361';
require('../index.js');
