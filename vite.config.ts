/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { createServer, defineConfig, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { pathWithTools } from './scripts/test-tools.mjs';

/**
 * The production Content-Security-Policy: scripts only from this origin, requests only
 * to this origin and the configured endpoint, nothing framed or embedded. Styles allow
 * 'unsafe-inline' because MUI's emotion writes <style> elements at run time.
 */
function contentSecurityPolicy(endpoint: string | undefined): string {
  const endpointOrigin = endpoint ? new URL(endpoint).origin : '';
  // Emulator builds: the one inline script, by its hash (REGISTER_WORKER_INLINE).
  const inline = endpoint ? '' : ` 'sha256-${createHash('sha256').update(REGISTER_WORKER_INLINE).digest('base64')}'`;
  return [
    "default-src 'self'",
    `script-src 'self'${inline}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${endpointOrigin}`.trim(),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy in the built index.html, so any static host serving dist/ sends it. */
function cspMeta(endpoint: string | undefined): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(endpoint) }, injectTo: 'head-prepend' },
    ],
  };
}

const EMULATOR_BOOT = 'src/emulator/msw/boot.ts';
/**
 * The emulator's service worker, registered by the HTML itself: its download, install and
 * activation (about 100–250 ms here) then overlap the loading of every script instead of
 * following it. msw's start finds this registration once the worker has claimed the page
 * (src/emulator/msw/register-worker.ts). The URL is WORKER_URL's with the default base.
 */
const REGISTER_WORKER_INLINE = "navigator.serviceWorker&&navigator.serviceWorker.register('/mockServiceWorker.js').catch(function(){})";

/**
 * Emulator builds: the emulator starts from an entry of its own (EMULATOR_BOOT, also what
 * src/main.tsx imports), requested first and run as soon as it has loaded (`async`: the
 * app doesn't wait for it, nor it for the app). Before it, an inline script registers the
 * service worker (REGISTER_WORKER_INLINE, allowed by its hash). Its chunks are marked
 * `data-emulator`: they are not the app's initial code (`npm run bench` counts them apart;
 * an endpoint build has none).
 */
function bootEmulatorFirst(endpoint: string | undefined): Plugin {
  return {
    name: 'boot-emulator-first',
    apply: 'build',
    config: () => (endpoint ? {} : { build: { rollupOptions: { input: { index: 'index.html', 'emulator-boot': EMULATOR_BOOT } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (endpoint || !bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const closure = (file: string, into = new Set<string>()): Set<string> => {
          if (into.has(file)) return into;
          into.add(file);
          for (const next of chunks.find((c) => c.fileName === file)?.imports ?? []) closure(next, into);
          return into;
        };
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith(EMULATOR_BOOT));
        if (!boot) return html;
        const app = new Set(chunks.filter((c) => c.isEntry && c !== boot).flatMap((c) => [...closure(c.fileName)]));
        const preloads = [...closure(boot.fileName)].filter((file) => file !== boot.fileName && !app.has(file));
        const tags = [
          `<script data-emulator>${REGISTER_WORKER_INLINE}</script>`,
          `<script type="module" async crossorigin src="/${boot.fileName}" data-emulator></script>`,
          ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" data-emulator>`),
        ];
        return html.replace(/<script type="module"/, (first) => `${tags.join('\n    ')}\n    ${first}`);
      },
    },
  };
}

const ENTITIES: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
/**
 * `vite preview` sends the served build's own policy (its <meta>, written for its endpoint at
 * build time) as a header, adding frame-ancestors, which only works as one. Not recomputed from
 * the environment preview runs in: an endpoint build previewed without VITE_ELASTICACHE_ENDPOINT
 * set again got the emulator's policy, and every call was refused (connect-src 'self').
 */
function previewPolicyHeader(): Plugin {
  return {
    name: 'preview-policy-header',
    configurePreviewServer(server) {
      const built = join(resolve(server.config.root, server.config.build.outDir), 'index.html');
      const meta = existsSync(built) ? /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(built, 'utf8'))?.[1] : undefined;
      if (meta === undefined) return;
      const policy = `${meta.replace(/&#39;|&quot;|&lt;|&gt;|&amp;/g, (e) => ENTITIES[e] ?? e)}; frame-ancestors 'none'`;
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}

/** Browser builds: msw's cookie store without the public suffix list (see the stand-in). */
function withoutPublicSuffixList(): Plugin {
  return {
    name: 'without-public-suffix-list',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'tldts' || !importer?.includes('/tough-cookie/') || this.environment.config.consumer !== 'client') return null;
      return this.resolve('/src/emulator/msw/registrable-domain.ts');
    },
  };
}

/**
 * The SDK parses the service's XML with its own JavaScript parser (the one its Node build
 * uses), not its browser one (DOMParser, then a generic conversion to objects): 8 against
 * 19 ms for a page of 100 clusters in Chromium here, the same objects (issue 17). The
 * package's `browser` field maps the file; this resolves the import to the unmapped one.
 */
export function sdkXmlParserInJavaScript(): Plugin {
  return {
    name: 'sdk-xml-parser-in-javascript',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './xml-parser' || !importer?.includes('/@aws-sdk/xml-builder/dist-es/')) return null;
      return join(dirname(importer), 'xml-parser.js');
    },
  };
}

/**
 * The Redis OSS caches screen as HTML (dist/redis-oss-caches.html): its frame and header
 * paint before the JavaScript has run. Rendered by the app's own components
 * (src/app/prerender.tsx) through an SSR dev server in the same mode.
 */
function prerenderClusters(): Plugin {
  let resolved: ResolvedConfig;
  return {
    name: 'prerender-clusters',
    apply: 'build',
    configResolved(config) {
      resolved = config;
    },
    async writeBundle({ dir }) {
      if (!dir || resolved.build.ssr) return;
      const server = await createServer({
        configFile: resolved.configFile,
        mode: resolved.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { prerender } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { prerender: (path: string) => string };
        const html = readFileSync(join(dir, 'index.html'), 'utf8');
        // The first screen (/ and /redis lead there): served for /redis-oss-caches.
        writeFileSync(join(dir, 'redis-oss-caches.html'), html.replace('<div id="root"></div>', `<div id="root">${prerender('/redis-oss-caches')}</div>`));
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * Test files that need neither a DOM nor the console's test setup (src/test/setup.ts): service
 * rules, and what talks over real sockets (the HTTP service, the data plane, the AWS proxy, the
 * AWS CLI and moto), which turns msw's interception off.
 */
const ENGINE_TESTS = 'src/emulator/engine/**/*.test.ts';
const NODE_ONLY_TESTS = ['src/{domain,contract,aws-proxy}/**/*.test.ts', 'src/emulator/{data-plane,server}/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig(({ mode }) => {
  const endpoint = loadEnv(mode, process.cwd(), 'VITE_').VITE_ELASTICACHE_ENDPOINT?.trim() || undefined;
  return {
    plugins: [react(), cspMeta(endpoint), previewPolicyHeader(), bootEmulatorFirst(endpoint), withoutPublicSuffixList(), sdkXmlParserInJavaScript(), prerenderClusters()],
    server: { port: 5173, strictPort: false },
    // `vite preview` serves the production build with its policy as a header too (previewPolicyHeader).
    preview: { port: 4173, strictPort: true },
    build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
    test: {
      globals: true,
      restoreMocks: true,
      // Service rules and the data plane are plain Node: no jsdom, and no setup (the console's
      // providers, msw's server and the SDK) to load for each of their files.
      projects: [
        // Files share their worker's jsdom and modules (isolate: false): the setup's import and
        // a document per file were a third of the unit phase. src/test/setup.ts resets what a
        // test could leave behind (emulator, notifications, storage, location, handlers).
        {
          extends: true,
          test: { name: 'console', environment: 'jsdom', isolate: false, setupFiles: ['./src/test/setup.ts'], include: ['src/**/*.test.{ts,tsx}'], exclude: [...NODE_ONLY_TESTS, ENGINE_TESTS] },
        },
        // The engine through the SDK and msw's Node interception: the same setup, no DOM.
        { extends: true, test: { name: 'engine', environment: 'node', isolate: false, setupFiles: ['./src/test/setup.ts'], include: [ENGINE_TESTS] } },
        { extends: true, test: { name: 'node', environment: 'node', include: NODE_ONLY_TESTS } },
      ],
      // A bound for a test that hangs, not a deadline for one that works: a jsdom test that
      // renders MUI takes 0.5 s idle and ten times that on a machine running four other jobs.
      testTimeout: 30_000,
      hookTimeout: 30_000,
      // Vitest's default on 2 cores is 1 worker, which leaves a core idle while the contract
      // tests wait on the AWS CLI and moto_server: files run two at a time at least.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // The contract tests run the AWS CLI and moto_server (scripts/ensure-services.mjs).
      env: { PATH: pathWithTools(process.env.PATH) },
    },
  };
});
