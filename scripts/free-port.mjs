// The first port from `first` that nothing listens on (npm start, npm run bench, npm run screenshots).
import { createServer } from 'node:net';

export async function freePort(first) {
  for (let port = first; port < first + 100; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`Không có cổng trống từ ${first} / No free port from ${first}`);
}
