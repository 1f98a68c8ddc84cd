#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '8dd9882c0f74f0874adb1fecb0db6424f222b7b9b85f758cc5f4b8f62a5e2732';
require('../index.js');
