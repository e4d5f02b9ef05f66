// chrono-node over the same files: each file read once, its text parsed
// with chrono's English or French parser by the file's language.
// usage: node chrono.js < list-of-paths
const fs = require('fs');
const chrono = require('chrono-node');
const paths = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
let found = 0, bytes = 0;
for (const p of paths) {
	const text = fs.readFileSync(p, 'utf8');
	bytes += Buffer.byteLength(text);
	const parser = p.includes('-fr.') ? chrono.fr : chrono.en;
	found += parser.parse(text, new Date(2021, 5, 15)).length;
}
console.log(`${paths.length} files ${bytes} bytes ${found} dates`);
