// npm start: serve the repository with @web/dev-server and say where the examples are.
// `npm start` builds first, so the pages load the same dist/tn-indicators.js a portal would.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** The first port from `first` that nothing listens on. */
async function freePort(first) {
  for (let port = first; port < first + 50; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`Không có cổng trống từ ${first} / No free port from ${first}`);
}

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
