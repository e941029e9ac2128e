// npm start: serve the repository with @web/dev-server and say where the examples are.
// `npm start` builds first, so the pages load the same dist/tn-indicators.js a portal would.
import { startDevServer } from '@web/dev-server';
import { freePort } from './free-port.mjs';

const port = await freePort(Number(process.env.PORT ?? 8000));
const server = await startDevServer({
  config: { rootDir: '.', port, nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://localhost:${server.config.port}`;
console.log(`
  tn-indicators — ví dụ / examples

  ${base}/examples/index.html        bắt đầu ở đây / start here
  ${base}/examples/article.html      bài viết trên cổng thông tin / a portal article
  ${base}/examples/dashboard.html    toàn bộ nghị quyết / the whole resolution
  ${base}/examples/builder.html      tạo mã nhúng / tag builder
  ${base}/examples/theming.html      giao diện / themes

  Ctrl+C để dừng / to stop
`);
