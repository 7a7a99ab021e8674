// Vite builds the browser app; the net3Portal plugin mounts the same /api proxy
// (and, without NET3_API_URL, the built-in fake Net3 API) into `vite` and `vite preview`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { net3PortalPlugin } from './server/proxy/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';

export default defineConfig({
  plugins: [react(), net3PortalPlugin()],
  server: { port, host, strictPort: true },
  preview: { port, host, strictPort: true },
  // 'hidden': maps are written (the key-leak test searches them) but no bundle points to one,
  // and the production server does not serve them.
  build: { sourcemap: 'hidden', manifest: true },
});
