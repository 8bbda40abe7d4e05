/**
 * The baseline of the HTTP benchmark: a bare Fastify server answering the
 * same JSON as GET /api/v1/version, with nothing else in the way.
 */
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const app = Fastify({ logger: false });
app.get('/api/v1/version', async () => ({ name: 'treatment-court', apiVersion: '1' }));
app.listen({ port, host: '127.0.0.1' }).then(() => process.stdout.write('READY\n'));
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
