// Builds the task pane and the ribbon's function file into dist/.
//   npm run build        production: minified, [name].[contenthash].js; dist/manifest.xml on localhost
//   npm run build -- --env host=https://budget.example.se
//                        the same, with that host in every URL of dist/manifest.xml (validated offline)
//   npm run build:dev    development build
//   npm run dev-server   http://localhost:3000 (plain http: enough for a browser on a file)
//
// Excel itself only loads add-ins over https. On a developer machine, run once
//   npx office-addin-dev-certs install
// and the dev server switches to https with those certificates (or force it with
//   npm run dev-server -- --env https). `npm start` then sideloads manifest.xml.
// This machine and CI have no dev certificates, so the default stays http.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { bundleTarget } = require("./scripts/host-requirements");
const { DEV_HOST, manifestForHost, normalizeHost } = require("./scripts/manifest-host");
const { validateManifest } = require("./scripts/validate-manifest");

const DEV_SERVER_PORT = 3000;
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function devCertsInstalled() {
  return ["localhost.crt", "localhost.key", "ca.crt"].every((name) => fs.existsSync(path.join(DEV_CERTS_DIR, name)));
}

/** dist/manifest.xml: the repository's manifest, moved to `host` when one is given. */
function manifestCopy(host) {
  return {
    from: "manifest.xml",
    to: "manifest.xml",
    transform: (content) => (host ? manifestForHost(content.toString(), host) : content),
  };
}

/** After the build has written dist/, validates dist/manifest.xml offline; an invalid one fails the build. */
class ManifestCheckPlugin {
  constructor(host) {
    this.host = host;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise("ManifestCheckPlugin", async (compilation) => {
      const dist = compiler.options.output.path;
      const { errors } = await validateManifest(path.join(dist, "manifest.xml"), undefined, dist);
      for (const error of errors) compilation.errors.push(new Error(`dist/manifest.xml: ${error}`));
      if (errors.length > 0) return;
      const logger = compilation.getLogger("ManifestCheckPlugin");
      if (this.host) logger.info(`dist/manifest.xml: every URL on ${this.host}, valid.`);
      else
        logger.warn(
          `dist/manifest.xml keeps the development host ${DEV_HOST}. To deploy: npm run build -- --env host=https://your.host`
        );
    });
  }
}

async function devServerTransport(env) {
  if (!env.https && !devCertsInstalled()) return { type: "http" };
  // Loaded lazily: only a developer machine with certificates needs it.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const host = env.host ? normalizeHost(env.host) : undefined;
  return {
    mode: production ? "production" : "development",
    // The language level the manifest's ExcelApi requirement admits (scripts/host-requirements.js).
    target: ["web", bundleTarget().toLowerCase()],
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // module esnext keeps import() as a split point; type errors are `npm run typecheck`'s job.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      minimize: production,
      // React and Fluent UI change less often than our code: their own cacheable chunk.
      // "initial": only what the pane needs at start goes to vendor; ExcelJS and the engine stay lazy.
      splitChunks: { chunks: "all", cacheGroups: { vendor: { test: /node_modules/, name: "vendor", chunks: "initial" } } },
    },
    // Fluent UI makes the vendor chunk large; it is served from localhost or an intranet host.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          manifestCopy(host),
          { from: "src/help/help.html", to: "help.html" },
        ],
      }),
      ...(serving ? [] : [new ManifestCheckPlugin(host)]),
    ],
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: await devServerTransport(env),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: true,
        }
      : undefined,
  };
};
