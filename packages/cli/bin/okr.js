#!/usr/bin/env node
import '../out/okr.cjs';
