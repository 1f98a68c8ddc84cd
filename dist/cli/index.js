#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = 'd2812cfe4e37b4561db3347e235385863aad5d085cab5896bd68c4017f9987cc';
require('../index.js');
