# Production image: the server with the built client, talking to the PostgreSQL and Meilisearch services of
# docker-compose.yml (DATABASE_URL / MEILI_URL), so no embedded database runs inside the container.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --omit=optional --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 SEED_DEMO=true
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
CMD ["node", "server/dist/server/src/main.js"]
