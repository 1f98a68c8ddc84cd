#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '75d34917e01f89189ab99191a4761d0508afd50aae000da8608dc57e26104265';
require('../index.js');
