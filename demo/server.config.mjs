// `npm start`: serves the repository root (demo pages, events/ and the built dist/) on localhost.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
