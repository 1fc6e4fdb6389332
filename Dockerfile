# Baton's production image: built with pnpm, run as compiled JavaScript (node, no tsx) by a
# non-root user. The same steps as the README's "Run in production" section:
#   pnpm install --frozen-lockfile && pnpm build, then node --conditions=baton-dist api/dist/main.js
# docker build -t baton .   ·   compose.yaml runs PostgreSQL, Redis and two instances.

# --- build: dependencies (dev ones too), generated Prisma client, compiled API and apps -------
FROM node:20-slim AS build
WORKDIR /app
ENV CI=true
RUN npm install -g pnpm@10.34.9
COPY . .
# postinstall: prisma generate (api/src/generated) and the compiled word-vector cache.
RUN pnpm install --frozen-lockfile
# api/dist, packages/client-core/dist, inbox-app/dist, widget/dist
RUN pnpm build
# Keep production dependencies only (no scripts: the client is generated and compiled already),
# then compile the word-vector cache again, in case the reinstall dropped it (the runtime user
# cannot write into node_modules).
RUN pnpm install --prod --frozen-lockfile --offline --ignore-scripts \
  && pnpm --filter @baton/api run word-vectors

# --- runtime: only what the server reads ---------------------------------------------------------
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    BATON_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/api/package.json ./api/package.json
COPY --from=build /app/api/node_modules ./api/node_modules
COPY --from=build /app/api/dist ./api/dist
COPY --from=build /app/packages/client-core/package.json ./packages/client-core/package.json
COPY --from=build /app/packages/client-core/dist ./packages/client-core/dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/inbox-app/dist ./inbox-app/dist
COPY --from=build /app/widget/dist ./widget/dist
# The embedded PGlite database (used when DATABASE_URL is not set) lives in /data.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains (see README "Operations"); node runs as PID 1 and handles it itself.
STOPSIGNAL SIGTERM
CMD ["node", "--conditions=baton-dist", "api/dist/main.js"]
