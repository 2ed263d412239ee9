#!/usr/bin/env node
// Plain JavaScript so that an older Node can still say clearly what is wrong;
// everything else is TypeScript, run by Node 24's type stripping.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Depesche braucht Node.js 24, gestartet wurde Node.js ${process.versions.node}.\n` +
      'Nach "npm install" bringt das Projekt Node 24 selbst mit: starten Sie mit "npm start" oder "npx depesche".',
  );
  process.exit(1);
}
await import('../src/cli/main.ts');
