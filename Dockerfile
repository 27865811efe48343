# Production image: the server with the built web client, or (another command) the search indexer worker. Both talk
# to PostgreSQL and Meilisearch over the network (DATABASE_URL, MEILI_URL), as in docker-compose.yml: nothing
# embedded runs inside, and the image carries no database binaries.

# 1. Build with every dependency (TypeScript, Vite): the server (tsc) and the web client (static files).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs

# 2. What the server needs at run time: the server workspace's production dependencies, nothing else (no compilers,
#    no test tools, no client libraries, and no optional embedded PostgreSQL/Meilisearch binaries).
FROM node:20.20-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --omit=dev --omit=optional --workspace=server --no-audit --no-fund && npm cache clean --force

# 3. The image: compiled server, built client, production dependencies; code owned by root, run as `node`.
FROM node:20.20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/app/data SEED_DEMO=false
WORKDIR /app
COPY --from=runtime-deps /app/package.json ./
COPY --from=runtime-deps /app/node_modules node_modules
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
# The demo talks' videos (scripts/make-demo-media.sh), played from here whatever the media store.
COPY --from=build /app/seeds/demo/media seeds/demo/media
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
# Slim images have no curl: Node asks /healthz itself (200 while the process serves).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/server/src/main.js"]
