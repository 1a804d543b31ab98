import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app lives in src/web and is built to dist/web, which the Fastify server serves
// in production. In development `npm run dev` runs Vite with /api proxied to the server.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { "/api": `http://localhost:${process.env.API_PORT ?? "3000"}` },
  },
});
