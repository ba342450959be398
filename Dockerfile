# syntax=docker/dockerfile:1
# Two stages: the build stage has the dev dependencies (TypeScript, Vite) and compiles; the image
# that runs has production dependencies, compiled JavaScript and the data files only, runs as the
# unprivileged `node` user, and node itself is PID 1 (it handles SIGTERM: drains, then exits 0).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY seed ./seed
COPY web ./web
RUN npm run build && npm run build:web

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY bin ./bin
COPY schema ./schema
COPY queries ./queries
COPY seed ./seed
USER node
EXPOSE 4000
# /ready: the app answers and so does its database
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# NEO4J_URI points at the compose service: load the bundled gazette, then serve GraphQL.
# node directly, not npm or a shell: a wrapper as PID 1 would not pass SIGTERM on.
CMD ["node", "bin/report-graph.js", "start"]
