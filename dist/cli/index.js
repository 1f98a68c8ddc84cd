#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '49dbd0d5e13b23bcdc8dd059653900a1ad471ef34d58fbed330c38a087c45581';
require('../index.js');
