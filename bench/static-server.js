// Serves one file's bytes for every request, as a plain static file server would.
// Usage: node bench/static-server.js <file> <port> <content-type> [content-encoding]
// Runs as its own process so it does not share an event loop with the load generator.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port, contentType, contentEncoding] = process.argv.slice(2);
if (!file || !port || !contentType) {
	console.error(
		'Usage: node bench/static-server.js <file> <port> <content-type> [content-encoding]'
	);
	process.exit(2);
}

const body = readFileSync(file);
/** @type {Record<string, string | number>} */
const headers = { 'Content-Type': contentType, 'Content-Length': body.length };
if (contentEncoding) headers['Content-Encoding'] = contentEncoding;

createServer((_request, response) => {
	response.writeHead(200, headers);
	response.end(body);
}).listen(Number(port), '127.0.0.1');
