#!/usr/bin/env node
// The `markt` command (bin of @markt/server). See `markt --help`.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
