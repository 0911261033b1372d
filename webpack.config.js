/* eslint-disable no-undef */
// Build of the Excel add-in, in the shape of Microsoft's yo-office React task-pane template:
// taskpane.html (React + Fluent UI), commands.html (ribbon function file), the planning Web
// Worker, assets/ and manifest.xml (dev URL rewritten to ADDIN_PUBLIC_URL).
//
//   npm run build          production build into dist/ (env ADDIN_PUBLIC_URL=https://host/path/)
//   npm run build:dev      development build into dist/
//   npm run dev-server     http://127.0.0.1:3000/taskpane.html (preview mode in a browser)
//
// Office only loads add-ins over https. office-addin-dev-certs installs its CA with sudo,
// which this machine lacks, so the dev server speaks plain http here; for real sideloading
// run it with certificates: DEV_HTTPS_KEY=key.pem DEV_HTTPS_CERT=cert.pem npm run dev-server
// (or `npx office-addin-dev-certs install` on a normal workstation; see README).
//
// Type checking is not done here (ts-loader transpileOnly): `npm run typecheck` does it.
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { publicUrl, rewriteManifest } = require('./scripts/manifest-url.cjs');

const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * The pane's Content-Security-Policy (employee data never leaves the workbook): scripts only from this origin and
 * office.js's CDN, workers from this origin (or blob:), images from here or data:, and no
 * connections anywhere else. Fluent UI v9 (Griffel) inserts its styles at run time, hence
 * 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function devServerHttps() {
  const key = process.env.DEV_HTTPS_KEY;
  const cert = process.env.DEV_HTTPS_CERT;
  if (!key || !cert) return undefined;
  return { type: 'https', options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const outDir = path.resolve(__dirname, env.outDir || 'dist');
  const manifestUrl = publicUrl(process.env);
  const https = devServerHttps();

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The worker loads its own lazy chunks (ExcelJS, preview mode only) with importScripts.
      planWorker: { import: './src/taskpane/worker/planWorker.ts', chunkLoading: 'import-scripts' },
    },
    output: {
      path: outDir,
      filename: '[name].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      globalObject: 'self',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } } },
        },
      ],
    },
    // The ExcelJS chunk is large by nature and loaded on demand in preview mode only.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, officeJsUrl: `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js` },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, officeJsUrl: `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js` },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]', globOptions: { ignore: ['**/screenshot-*'] } },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), manifestUrl),
          },
        ],
      }),
    ],
    devServer: {
      // 127.0.0.1 for tests; DEV_SERVER_HOST=localhost when sideloading (manifest URLs use localhost).
      host: process.env.DEV_SERVER_HOST || '127.0.0.1',
      port: Number(process.env.DEV_SERVER_PORT || 3000),
      static: false,
      // No live reload: its WebSocket would need a connect-src exception in the CSP.
      hot: false,
      liveReload: false,
      webSocketServer: false,
      client: false,
      ...(https ? { server: https } : {}),
    },
  };
};
