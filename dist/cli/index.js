#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '857bcf537ac02ca0ee4d36776cb657c049c128fe5d077d2036e01e6225658037';
require('../index.js');
