// Builds `npm run bench`'s stack floor (main.tsx) with the console's SDK set-up: its XML parser.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sdkXmlParserInJavaScript } from '../../vite.config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench-stack/',
  plugins: [react(), sdkXmlParserInJavaScript()],
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
});
