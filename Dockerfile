# syntax=docker/dockerfile:1
# 决算通 app image. Used by docker-compose.yml (with postgres:16); not built in the development
# sandbox, which has no Docker engine. The container applies migrations, then runs `next start`.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# Same npm as development: npm 11 honours "allowScripts" in package.json (no engine downloads).
RUN npm install -g npm@11.19.1
# Only what `npm install` and its postinstall (prisma generate) need, so this layer stays cached
# until the dependencies or the schema change.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY tools ./tools
COPY prisma ./prisma
# --no-save: the lockfile lacks other platforms' optional packages, which `npm ci` rejects.
RUN npm install --no-save --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# lib/db.ts requires DATABASE_URL when a route module is loaded during `next build`; the Prisma pg
# adapter connects lazily, so a placeholder is enough and nothing is contacted.
RUN DATABASE_URL=postgresql://build:build@127.0.0.1:5432/build node node_modules/next/dist/bin/next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PORT=3000
# node_modules keeps the Prisma CLI and the schema-engine shim's dependencies for `migrate deploy`,
# and tsx for the optional demo seed. Owned by `node` so Next can write .next/cache.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/login').then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))"
# Migrations first (the shim runs the schema engine as wasm: no engine binary needed), optional
# demo data (SEED_DEMO=1), then exec so that Next receives SIGTERM directly.
CMD ["sh", "-c", "node node_modules/prisma/build/index.js migrate deploy && if [ \"$SEED_DEMO\" = 1 ]; then node node_modules/tsx/dist/cli.mjs scripts/seed.ts; fi && exec node node_modules/next/dist/bin/next start -H 0.0.0.0 -p \"$PORT\""]
