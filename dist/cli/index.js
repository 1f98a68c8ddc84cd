#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '3dc2142970a91c573c03b74711c74289aa726f77c0632018118984963d177c7f';
require('../index.js');
