FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts=false
COPY . .
EXPOSE 4000
# NEO4J_URI points at the compose service: load the bundled gazette, then serve GraphQL
CMD ["node", "bin/report-graph.js", "start"]
